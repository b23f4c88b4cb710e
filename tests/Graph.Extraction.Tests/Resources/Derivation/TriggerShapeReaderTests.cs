using Graph.Extraction.Resources;
using Graph.Extraction.Resources.Derivation;
using Graph.Model;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class TriggerShapeReaderTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Synsets = new(StringComparer.Ordinal)
    {
        ["SANCTION"] = ["SANCTIONS", "EMBARGO", "TRADE_BAN", "BLOCKADES_"],
        ["PHRASES"] = ["TRADE_BAN"],
    };

    private static TriggerShape? Pattern(string text, out string reason) =>
        TriggerShapeReader.FromPattern(CameoPatternParser.Parse(1, "- " + text + " [163]"), Synsets, out reason);

    private static string Columns(TriggerShape shape, Predicate predicate) =>
        $"{shape.Particle ?? "-"} {EventPatternFormat.ObjectColumn(shape.Objects)} {shape.TargetFor(predicate)}";

    [Theory]
    [InlineData("*", "- - obj")]
    [InlineData("* +", "- - obj")]
    [InlineData("$ * +", "- - obj")]
    [InlineData("* (TO)", "- - to")]
    [InlineData("* (AGAINST +)", "- - against")]
    [InlineData("* SANCTIONS", "- sanction against|on")]
    [InlineData("* SANCTIONS (ON +)", "- sanction on")]
    [InlineData("* &SANCTION", "- blockade|embargo|sanction against|on")]
    [InlineData("* UP PRESSURE", "up pressure against|on")]
    [InlineData("* OFF (FOR)", "off - for")]
    [InlineData("* ATTACK ON +", "- attack on")]
    [InlineData("* AGAINST", "- - against")]
    [InlineData("* CLAIM (AGAINST) +", "- claim against")]
    public void FromPattern_ReadsParticleSupportNounAndTarget(string pattern, string expected)
    {
        TriggerShape? shape = Pattern(pattern, out string reason);

        Assert.True(shape is not null, reason);
        Assert.Equal(expected, Columns(shape, Predicate.ImposeSanctions));
    }

    [Theory]
    [InlineData("&MILITARY * ATTACKS", "words required before the verb")]
    [InlineData("+ * ROCKET", "target before the verb")]
    [InlineData("* (FROM $) (TO +)", "source after the verb")]
    [InlineData("* SUMMIT (IN ^)", "placeholder phrase (^)")]
    [InlineData("* {FINANCIAL AID}", "multi-word noun group")]
    [InlineData("* DEBT_RELIEF", "multi-word noun group")]
    [InlineData("* (FOR AID)", "noun required inside a prepositional phrase")]
    [InlineData("* (ON TOUR) (TO)", "noun required inside a prepositional phrase")]
    [InlineData("* (TO) (WITH)", "several prepositional phrases")]
    [InlineData("* RESTOR PEACE", "several nouns in a row")]
    [InlineData("* + MISSION", "words after the target")]
    [InlineData("* + (TO)", "target and a prepositional phrase")]
    [InlineData("* &UNKNOWN", "undefined synset")]
    [InlineData("* &PHRASES", "synset without single-word members")]
    [InlineData("* STRONGLY", "adverb after the verb")]
    [InlineData("* IF", "clause after the verb")]
    [InlineData("* (ASIDE RIFT)", "phrase without a preposition")]
    public void FromPattern_ShapeTheColumnsCannotHold_SaysWhy(string pattern, string expected)
    {
        Assert.Null(Pattern(pattern, out string reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("ATTACK", "- - obj", true)]
    [InlineData("+CORDON_OFF", "off - obj", true)]
    [InlineData("+TAKE_OVER", "over - obj", true)]
    [InlineData("+ASK_FOR", "- - for", false)]
    [InlineData("+WAGE_WAR", "- war against|at|in|into|on", false)]
    [InlineData("+LIVE_UP_TO", "up - to", false)]
    [InlineData("+GET_HOLD_OF", "- hold of", false)]
    public void FromVerb_ReadsPhrasalVerbsAndTheirOwnNounOrPreposition(string line, string expected, bool takesPatterns)
    {
        CameoVerb verb = CameoDictionary.Parse("--- X [190] ---\n" + line + "\n").Blocks[0].Verbs[0];

        TriggerShape? shape = TriggerShapeReader.FromVerb(verb, out string reason, out bool takes);

        Assert.True(shape is not null, reason);
        Assert.Equal(expected, Columns(shape, Predicate.Attack));
        Assert.Equal(takesPatterns, takes);
    }

    [Theory]
    [InlineData("WIRE_+TAP", "words before the verb")]
    [InlineData("+KIDNAPPED_AND_KILLED", "two verbs joined by and/or")]
    [InlineData("+IS_DETERMINED", "an auxiliary as the verb")]
    [InlineData("DETERRING", "primary form inflected (-ing, -ed)")]
    [InlineData("WORRIED", "primary form inflected (-ing, -ed)")]
    [InlineData("+SET_IN_MOTION_NOW", "a multi-word verb the columns cannot hold")]
    public void FromVerb_LineTheColumnsCannotHold_SaysWhy(string line, string expected)
    {
        CameoVerb verb = CameoDictionary.Parse("--- X [190] ---\n" + line + "\n").Blocks[0].Verbs[0];

        Assert.Null(TriggerShapeReader.FromVerb(verb, out string reason, out _));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("BRING")]
    [InlineData("PROCEED")]
    [InlineData("EMBED")]
    public void FromVerb_BaseFormThatEndsLikeAnInflection_IsRead(string line)
    {
        CameoVerb verb = CameoDictionary.Parse("--- X [190] ---\n" + line + "\n").Blocks[0].Verbs[0];

        Assert.NotNull(TriggerShapeReader.FromVerb(verb, out _, out _));
    }
}
