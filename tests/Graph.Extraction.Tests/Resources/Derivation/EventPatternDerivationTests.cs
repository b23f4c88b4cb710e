using Graph.Extraction.Resources;
using Graph.Extraction.Resources.Derivation;
using Graph.Testing;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class EventPatternDerivationTests
{
    private const string Cameo = """
        ---  DISAPPROVE   [111]  ---
        EXPRESS
        STATE
        - * CONCERN                                           [114]         # EXPRESS
        - * ANXIETY                                           [114]         # EXPRESS
        ---  SHOOT   [190]  ---
        FIRE
        - * (AT +)                                            [190]         # FIRE
        """;

    private const string Header = "# lemma\tpos\tparticle\tobject\ttarget\tpredicate\tcameo\torigin\n";

    private static string[] Rows(string project, string exclude = "")
    {
        var (patterns, _) = EventPatternDerivation.Run(Cameo, "T.txt", Header + project, exclude);
        return [.. patterns.Select(EventPatternFormat.Format)];
    }

    [Fact]
    public void Run_ProjectRow_ReplacesTheDerivedSupportNounsItOverlaps()
    {
        string[] rows = Rows("express\tVERB\t-\talarm|concern\tabout|over\tCRITICIZE\t111\tproject\n");

        Assert.Equal(
            [
                "express\tVERB\t-\t-\tobj\tCRITICIZE\t111\tT.txt:2",
                "express\tVERB\t-\talarm|concern\tabout|over\tCRITICIZE\t111\tproject",
                "express\tVERB\t-\tanxiety\tabout|against|at|of|over\tCRITICIZE\t114\tT.txt:5",
                "fire\tVERB\t-\t-\tat\tATTACK\t190\tT.txt:8",
                "fire\tVERB\t-\t-\tobj\tATTACK\t190\tT.txt:7",
                "state\tVERB\t-\t-\tobj\tCRITICIZE\t111\tT.txt:3",
                "state\tVERB\t-\tanxiety\tabout|against|at|of|over\tCRITICIZE\t114\tT.txt:5",
                "state\tVERB\t-\tconcern\tabout|against|at|of|over\tCRITICIZE\t114\tT.txt:4",
            ],
            rows);
    }

    [Fact]
    public void Run_ProjectRowWithAnotherTarget_LeavesTheDerivedRow()
    {
        string[] rows = Rows("fire\tVERB\t-\t-\tinto\tATTACK\t190\tproject\n");

        Assert.Contains("fire\tVERB\t-\t-\tat\tATTACK\t190\tT.txt:8", rows);
        Assert.Contains("fire\tVERB\t-\t-\tinto\tATTACK\t190\tproject", rows);
    }

    [Fact]
    public void Run_Exclusion_DropsTheDerivedRowOfThatKey()
    {
        var (patterns, counts) = EventPatternDerivation.Run(Cameo, "T.txt", Header, "fire\tVERB\t-\t-\tobj\tATTACK: dismissing someone\n");

        Assert.DoesNotContain(patterns, p => p.Lemma == "fire" && p.Target.DirectObject);
        Assert.Contains(patterns, p => p.Lemma == "fire" && p.Target.Prepositions.SequenceEqual(["at"]));
        Assert.Equal(1, counts.ExcludedRows);
    }

    [Theory]
    [InlineData("fire\tVERB\t-\t-\tat\tATTACK\t190\tT.txt:1\n", "origin 'T.txt:1', expected project")]
    [InlineData("fire\tVERB\t-\t-\tat\tATTACK\t193\tproject\n", "CAMEO code 193, but ATTACK is 190")]
    [InlineData("fire\tVERB\t-\t-\tat\tATTACK\t190\tproject\nfire\tVERB\t-\t-\tat\tATTACK\t190\tproject\n", "a key already given")]
    [InlineData("fire\tVERB\t-\t-\tat\tSHOOT\t190\tproject\n", "line 2: unknown predicate 'SHOOT'")]
    public void Run_BadProjectRow_FailsNamingIt(string project, string message)
    {
        var ex = Assert.Throws<ProjectRowsException>(() => EventPatternDerivation.Run(Cameo, "T.txt", Header + project, string.Empty));

        Assert.Equal(ProjectFile.Project, ex.File);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fire\tVERB\t-\t-\tin\tno such row\n", "line 1: no derived row has the key 'fire VERB - - in'")]
    [InlineData("fire\tVERB\t-\t-\tobj\n", "line 1: expected 6 columns")]
    public void Run_BadExclusion_FailsNamingIt(string exclude, string message)
    {
        var ex = Assert.Throws<ProjectRowsException>(() => EventPatternDerivation.Run(Cameo, "T.txt", Header, exclude));

        Assert.Equal(ProjectFile.Exclude, ex.File);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameInputs_SameRowsInSortedOrder()
    {
        string[] first = Rows("war\tNOUN\t-\t-\tagainst|in\tATTACK\t190\tproject\n");
        string[] second = Rows("war\tNOUN\t-\t-\tagainst|in\tATTACK\t190\tproject\n");

        Assert.Equal(first, second);
        Assert.Equal(first.Order(StringComparer.Ordinal), first);
    }

    [SkippableFact]
    public void Run_RealDictionary_GivesTheCommittedEventsFileByteForByte()
    {
        // Given the CAMEO verb dictionary beside the repository and the project's hand-kept files
        string? shared = RepositoryPaths.Shared;
        string cameo = shared is null ? string.Empty : Path.Combine(shared, "nlp", "petrarch2", "CAMEO.2.0.txt");
        Skip.If(!File.Exists(cameo), "../shared/nlp/petrarch2/CAMEO.2.0.txt is absent: the derivation cannot be rerun");
        string lexicon = Path.Combine(RepositoryPaths.Root, "data", "lexicon");

        // When the derivation runs as `graph derive-events` does
        var (patterns, _) = EventPatternDerivation.Run(
            File.ReadAllText(cameo),
            "CAMEO.2.0.txt",
            File.ReadAllText(Path.Combine(lexicon, "events.project.tsv")),
            File.ReadAllText(Path.Combine(lexicon, "events.exclude.tsv")));
        using var writer = new StringWriter();
        EventPatternWriter.Write(writer, patterns);

        // Then it writes exactly the committed file
        Assert.True(
            writer.ToString() == File.ReadAllText(Path.Combine(lexicon, "events.tsv")),
            "data/lexicon/events.tsv differs from the derivation: run `graph derive-events` from the repository root");
    }
}
