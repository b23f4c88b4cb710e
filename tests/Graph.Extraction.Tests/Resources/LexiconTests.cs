using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Resources;

public sealed class LexiconTests
{
    private static Lexicon Default => ExtractionResources.Default.Lexicon;

    [Fact]
    public void EventPatterns_AreLoadedAndIndexedByLemma()
    {
        IReadOnlyList<EventPattern> impose = Default.EventPatterns.WithLemma("impose");

        EventPattern sanctions = Assert.Single(impose, p => p.Objects.Contains("sanction"));
        Assert.Equal(Predicate.ImposeSanctions, sanctions.Predicate);
        Assert.Equal(["against", "on"], sanctions.Target.Prepositions);
        Assert.Contains(Default.EventPatterns.WithLemma("war", EventPos.Noun), p => p.Predicate == Predicate.Attack);
        Assert.Empty(Default.EventPatterns.WithLemma("no-such-lemma"));
    }

    [Fact]
    public void EventsFile_HasThousandsOfRowsWithUniqueKeysAndEveryActionPredicateButStatement()
    {
        IReadOnlyList<EventPattern> all = Default.EventPatterns.All;

        Assert.True(all.Count >= 3000, $"only {all.Count} event patterns");
        Assert.Equal(all.Count, all.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        var predicates = all.Select(p => p.Predicate).ToHashSet();
        Assert.All(PredicateInfo.All.Where(p => (p.IsAction && p.Predicate != Predicate.Statement) || p.Predicate is Predicate.Supports or Predicate.Funds), p => Assert.Contains(p.Predicate, predicates));
        Assert.DoesNotContain(Predicate.Statement, predicates);
        Assert.Contains(all, p => p.Origin == EventPattern.ProjectOrigin);
        Assert.Contains(all, p => p.Origin.StartsWith("CAMEO.2.0.txt:", StringComparison.Ordinal));
    }

    [Fact]
    public void EventsFile_IsSortedByItsColumns()
    {
        string[] rows = [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "data", "lexicon", "events.tsv")).Where(l => !l.StartsWith('#'))];

        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
    }

    [Fact]
    public void Load_MalformedEventRow_FailsNamingTheFileAndLine()
    {
        var files = new Dictionary<string, string> { ["events"] = "# header\nwar\tNOUN\t-\t-\tin\tWAR\t190\tproject\n" };

        var ex = Assert.Throws<FormatException>(() => Lexicon.Load(files));

        Assert.StartsWith("events.tsv line 2: unknown predicate 'WAR'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("saying", "say", "according_to")]
    [InlineData("alleging", "allege", "reportedly")]
    [InlineData("denying", "deny", "reject_claim")]
    [InlineData("intending", "threaten", "urge")]
    [InlineData("scheduling", "plan", "set_to")]
    [InlineData("possibility", "could", "likely")]
    [InlineData("conditional", "if", "provided_that")]
    [InlineData("negation", "not", "fail_to")]
    public void FunctionWords_StatusKinds_HoldTheirLemmas(string kind, string word, string phrase)
    {
        Assert.Contains(word, Default.FunctionWords(kind));
        Assert.Contains(phrase, Default.FunctionWords(kind));
    }
}
