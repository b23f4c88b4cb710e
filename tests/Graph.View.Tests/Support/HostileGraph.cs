using Graph.Model;
using Graph.Testing;

namespace Graph.View.Tests.Support;

/// <summary>
/// A small graph whose article, names and sentences hold markup, script end tags, comment openers, quotes,
/// line and paragraph separators and right-to-left text: everything must come out of the explorer as text.
/// Built directly (not through the store, whose normalization would turn U+2028 into a line feed).
/// </summary>
public static class HostileGraph
{
    /// <summary>A person's name that closes a script element and opens another.</summary>
    public const string ScriptName = "Eve </script><script>window.__pwned=1</script>";

    /// <summary>A name with quotes, an ampersand and a tag.</summary>
    public const string QuoteName = "\"Quote\" & 'Apostrophe' <b>Holdings</b>";

    /// <summary>A right-to-left name with a right-to-left override.</summary>
    public const string RtlName = "محمد \u202Eevil\u202C بغداد";

    /// <summary>An article title with a comment opener and a script.</summary>
    public const string Title = "<!-- <script>window.__pwned=2</script> \"headline\" &amp; co\u2028next";

    /// <summary>The article's address, with characters that must be escaped in HTML.</summary>
    public const string Url = "https://example.org/news?a=<script>&b=\"q\"";

    /// <summary>The sentence that states the fact.</summary>
    public static readonly string Sentence =
        $"{ScriptName} met {QuoteName} in {RtlName} <!-- and said \u2028\"</SCRIPT >\"\u2029 with <img src=x onerror=window.__pwned=3>.";

    /// <summary>The graph.</summary>
    public static IGraphSource Source()
    {
        string articleId = StableId.Article(StableId.Sha256Hex(Sentence));
        var eve = new Entity(StableId.Entity(EntityType.Person, ScriptName), EntityType.Person, ScriptName, ["Eve"]);
        var holdings = new Entity(StableId.Entity(EntityType.Organization, QuoteName), EntityType.Organization, QuoteName, []);
        var place = new Entity(StableId.Entity(EntityType.City, RtlName), EntityType.City, RtlName, []);
        var evidence = new Evidence(articleId, 0, Sentence, new TextSpan(0, Sentence.Length), new DateOnly(2024, 5, 1), place.Id, 0.9, eve.Id);
        var meets = new Relation(
            StableId.Relation(eve.Id, Predicate.Meet, holdings.Id, null, FactStatus.Asserted), eve.Id, Predicate.Meet, holdings.Id, null, FactStatus.Asserted, [evidence]);
        var alleged = new Relation(
            StableId.Relation(holdings.Id, Predicate.Attack, place.Id, null, FactStatus.Alleged), holdings.Id, Predicate.Attack, place.Id, null, FactStatus.Alleged, [evidence with { Date = null }]);
        return new InMemoryGraphSource(
            [new StoredArticle(articleId, "</script>.txt", Title, new DateOnly(2024, 5, 2), "O'Reilly & \"Sons\"", Url, StableId.Sha256Hex(Sentence))],
            [eve, holdings, place],
            [new Mention(eve.Id, articleId, 2), new Mention(holdings.Id, articleId, 1), new Mention(place.Id, articleId, 1)],
            [meets, alleged]);
    }
}
