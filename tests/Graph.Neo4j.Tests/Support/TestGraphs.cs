using Graph.Testing;
using System.Text;
using Graph.Model;

namespace Graph.Neo4j.Tests.Support;

/// <summary>Small graphs for the tests, built through the model's own id functions.</summary>
public static class TestGraphs
{
    /// <summary>
    /// Text meant to break out of a Cypher string literal, a comment or a statement: quotes of both
    /// kinds, backslashes before quotes, line breaks, comment markers, semicolons, a parameter sign,
    /// backticks, control and invisible characters, an unpaired surrogate, non-Latin scripts and emoji.
    /// </summary>
    public static IReadOnlyList<string> HostileTexts { get; } =
    [
        "O'Brien \"the \\\"Quiet\\\" One\"",
        "'}) MATCH (n) DETACH DELETE n; //",
        "\\'; CREATE (x:Pwned) //",
        "ends with a backslash \\",
        "line one\nline two\r\nline three\ttabbed",
        "*/ MATCH (n) DELETE n /* and // and ;",
        "$rows `backtick` {curly} [square]",
        "nul\u0000bell\u0007esc\u001bdel\u007f",
        "bidi \u202Eevil\u202C zero\u200Bwidth \uFEFFbom \u2028sep\u2029",
        "lone \uD800 surrogate",
        "Zürich – Āl Saʿūd – الرياض – 東京 – 🚀👩‍👩‍👧",
        "\\u0027 not an escape",
    ];

    /// <summary>The text as Neo4j stores it: unpaired surrogates (not representable in UTF-8) become U+FFFD.</summary>
    public static string Storable(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A graph whose every text field carries hostile text; every entity type and both predicate kinds appear, and
    /// facts that are not asserted: an alleged demand (beside the asserted one) and a negated membership, each with a source.
    /// </summary>
    /// <param name="suffix">Appended to every text, so each run of a live test has its own ids.</param>
    public static InMemoryGraphSource Hostile(string suffix = "")
    {
        var texts = HostileTexts.Select(t => t + suffix).ToArray();
        var article1 = Article(texts[0], "Hostile \"News\"; //", new DateOnly(2017, 10, 22), texts[5]);
        var article2 = Article(texts[1], null, null, null);

        var entities = new List<Entity>();
        Entity Add(EntityType type, string name, params string[] aliases)
        {
            var entity = new Entity(StableId.Entity(type, name), type, name, aliases.Order(StringComparer.Ordinal).ToArray());
            entities.Add(entity);
            return entity;
        }

        var person = Add(EntityType.Person, texts[0], texts[2], texts[3]);
        var country = Add(EntityType.Country, texts[10], texts[8]);
        var city = Add(EntityType.City, "Riyadh" + suffix, texts[6]);
        var group = Add(EntityType.Group, texts[4]);
        var organization = Add(EntityType.Organization, texts[7]);
        var region = Add(EntityType.Region, "Gulf region" + suffix, texts[9]);
        var named = Add(EntityType.Event, texts[11]);

        var relations = new List<Relation>
        {
            Relation(person, Predicate.Demand, group, null, FactStatus.Asserted,
                Evidence(article1, 3, texts[1], new DateOnly(2017, 10, 22), city.Id, 0.9),
                Evidence(article2, 0, texts[4], null, null, 1.0)),
            Relation(person, Predicate.HoldsPosition, country, texts[5], FactStatus.Asserted, Evidence(article1, 1, texts[6], null, null, 0.75)),
            Relation(country, Predicate.ImposeSanctions, organization, null, FactStatus.Asserted,
                Evidence(article1, 5, texts[8], new DateOnly(2017, 6, 5), region.Id, 0.5)),
            Relation(city, Predicate.LocatedIn, country, null, FactStatus.Asserted, Evidence(article2, 2, texts[9], null, null, 0.6)),
            Relation(organization, Predicate.Agree, named, null, FactStatus.Asserted, Evidence(article2, 4, texts[10], new DateOnly(2015, 7, 14), null, 0.8)),
            Relation(person, Predicate.Demand, group, null, FactStatus.Alleged,
                Evidence(article1, 6, texts[2], null, null, 0.7) with { SourceId = organization.Id }),
            Relation(group, Predicate.MemberOf, organization, null, FactStatus.Negated,
                Evidence(article2, 5, texts[3], null, null, 0.6) with { SourceId = group.Id }),
        };

        var mentions = entities.Select((e, i) => new Mention(e.Id, i % 2 == 0 ? article1.Id : article2.Id, i + 1))
            .Append(new Mention(person.Id, article2.Id, 2));
        return new InMemoryGraphSource([article1, article2], entities, mentions, relations);
    }

    private static StoredArticle Article(string text, string? title, DateOnly? published, string? source)
    {
        string hash = StableId.Sha256Hex(text);
        return new StoredArticle(StableId.Article(hash), "file '" + text[..5] + "'.txt", title, published, source, "https://example.org/a?q='x'&y=\"z\"", hash);
    }

    private static Evidence Evidence(StoredArticle article, int index, string sentence, DateOnly? date, string? place, double confidence) =>
        new(article.Id, index, sentence, new TextSpan(index * 100, (index * 100) + sentence.Length), date, place, confidence, null);

    private static Relation Relation(Entity subject, Predicate predicate, Entity obj, string? title, FactStatus status, params Evidence[] evidence) =>
        new(StableId.Relation(subject.Id, predicate, obj.Id, title, status), subject.Id, predicate, obj.Id, title, status,
            evidence.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.SentenceIndex).ToArray());
}
