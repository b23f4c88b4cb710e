using Graph.Extraction.Resources;
using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class CameoEventDeriverTests
{
    private static (List<string> Rows, DerivationCounts Counts) Derive(string text, IReadOnlySet<string>? otherSense = null)
    {
        var counts = new DerivationCounts();
        var rows = CameoEventDeriver.Derive(CameoDictionary.Parse(text), "T.txt", counts, otherSense)
            .Select(EventPatternFormat.Format).Order(StringComparer.Ordinal).ToList();
        return (rows, counts);
    }

    [Fact]
    public void Derive_Snippet_GivesBareVerbRowsAndPatternRowsForTheVerbsTheyName()
    {
        var (rows, counts) = Derive(CameoDictionaryTests.Snippet);

        Assert.Equal(
            [
                "impose\tVERB\t-\t-\tto\tVISIT\t042\tT.txt:20",
                "impose\tVERB\t-\tembargo|sanction\ton\tIMPOSE_SANCTIONS\t163\tT.txt:18",
                "reconvene\tVERB\t-\t-\tobj\tVISIT\t042\tT.txt:28",
                "slap\tVERB\t-\tembargo|sanction\ton\tIMPOSE_SANCTIONS\t163\tT.txt:18",
                "slap\tVERB\t-\tsanction\tagainst|on\tIMPOSE_SANCTIONS\t163\tT.txt:19",
                "visit\tVERB\t-\t-\tobj\tVISIT\t042\tT.txt:26",
            ],
            rows);
        Assert.Equal(1, counts.SkippedPatterns["reverse event only ([:code])"]);
        Assert.Equal(1, counts.SkippedPatterns["null code (no event)"]);
        Assert.Equal(1, counts.SkippedPatterns["malformed line"]);
        Assert.Equal(1, counts.DroppedCodes["16 reducing relations other than 161 and 163 has no predicate"]);
        Assert.Equal(1, counts.DuplicateRows);
    }

    [Fact]
    public void Derive_PatternInTheBlocksRoot_AppliesToEverySingleWordVerb()
    {
        var (rows, _) = Derive("""
            ---  FIGHT   [190]  ---
            ATTACK
            STRIKE {STRIKES STRUCK STRIKING }
            +FIGHT_BACK
            - * MOSQUE                                            [190]         # ATTACK
            - * DEAL                                              [057]         # STRIKE
            """);

        Assert.Contains("strike\tVERB\t-\tmosque\tagainst|at|in|into|on\tATTACK\t190\tT.txt:5", rows);
        Assert.Contains("strike\tVERB\t-\tdeal\twith\tAGREE\t057\tT.txt:6", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("attack\tVERB\t-\tdeal", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("fight\tVERB\tback\tmosque", StringComparison.Ordinal));
        Assert.Contains("fight\tVERB\tback\t-\tobj\tATTACK\t190\tT.txt:4", rows);
    }

    [Fact]
    public void Derive_VerbOfAnotherSense_TakesOnlyThePatternsThatNameIt()
    {
        const string Occupy = """
            ---  OCCUPY   [192]  ---
            OCCUPY
            RESIDE
            - * TOWN                                              [192]         # OCCUPY
            - * HOME                                              [192]         # RESIDE
            """;

        var (rows, counts) = Derive(Occupy, new HashSet<string>(StringComparer.Ordinal) { "reside" });

        Assert.Contains("occupy\tVERB\t-\ttown\tagainst|at|in|into|on\tATTACK\t192\tT.txt:4", rows);
        Assert.Contains("reside\tVERB\t-\thome\tagainst|at|in|into|on\tATTACK\t192\tT.txt:5", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("reside\tVERB\t-\ttown", StringComparison.Ordinal));
        Assert.Equal(1, counts.SkippedCombinations["verb excluded for another sense"]);
    }

    [Fact]
    public void Derive_PatternComment_NamesItsVerbByAnyForm()
    {
        var (rows, _) = Derive("""
            ---  INCREASE   [---]  ---
            +STEP_UP {+STEPS_UP +STEPPED_UP +STEPPING_UP}
            STEP {STEPS STEPPED STEPPING}
            RAISE
            - * SANCTIONS                                         [163]         # STEPPED_UP
            - * TALKS                                             [046]         # CONCLUDE
            - * TALKS                                             [046]         # WENT_TO
            """);

        Assert.Equal(["step\tVERB\tup\tsanction\tagainst|on\tIMPOSE_SANCTIONS\t163\tT.txt:5"], rows);
    }

    [Fact]
    public void Derive_OneReadingCodedTwice_KeepsThePredicateMostLinesGive()
    {
        var (rows, counts) = Derive("""
            ---  ASK   [---]  ---
            ASK
            - * SUPPORT                                           [020]         # ASK
            - * SUPPORT                                           [022]         # ASK
            - * SUPPORT                                           [051]         # ASK
            - * MEETING                                           [040]         # ASK
            - * MEETING                                           [0241]        # ASK
            """);

        Assert.Equal(
            [
                "ask\tVERB\t-\tmeeting\ton|to\tAPPEAL\t0241\tT.txt:7",
                "ask\tVERB\t-\tsupport\ton|to\tAPPEAL\t022\tT.txt:4",
            ],
            rows);
        Assert.Equal(2, counts.ConflictingKeys);
        Assert.Equal(3, counts.DuplicateRows);
    }
}
