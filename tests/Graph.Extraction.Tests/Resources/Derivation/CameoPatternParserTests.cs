using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class CameoPatternParserTests
{
    [Fact]
    public void Parse_NestedGroupsPhrasesSynsetsAndMarkers()
    {
        CameoPattern pattern = CameoPatternParser.Parse(7, "- * {&MILITARY AID} (FOR {FINANCIAL AID}) (TO +) [0232] # ASK");

        Assert.Null(pattern.Error);
        Assert.Equal(7, pattern.Line);
        Assert.Equal("{&MILITARY AID} (FOR {FINANCIAL AID}) (TO +)", string.Join(' ', pattern.AfterVerb));
        Assert.Equal(PatternElementKind.Group, pattern.AfterVerb[0].Kind);
        Assert.Equal(PatternElementKind.Synset, pattern.AfterVerb[0].Children[0].Kind);
        Assert.Equal("FOR", pattern.AfterVerb[1].Text);
        Assert.Equal(PatternElementKind.Target, pattern.AfterVerb[2].Children[0].Kind);
        Assert.Equal("0232", pattern.Code.Forward);
    }

    [Fact]
    public void Parse_WordsBeforeTheVerb()
    {
        CameoPattern pattern = CameoPatternParser.Parse(1, "- &AIRCRAFT * ATTACKS  [195]  # STAGE");

        Assert.Equal("&AIRCRAFT", Assert.Single(pattern.BeforeVerb).ToString());
        Assert.Equal("ATTACKS", Assert.Single(pattern.AfterVerb).Text);
    }

    [Theory]
    [InlineData("- * ATTACK (ON ^) ^)[111]", "unbalanced ')'")]
    [InlineData("- * (FOR AID [020]", "unclosed '('")]
    [InlineData("- * AID", "no [code]")]
    [InlineData("- SANCTIONS [163]", "not exactly one *")]
    [InlineData("- * () [020]", "a phrase that does not start with its preposition")]
    public void Parse_MalformedLine_KeepsTheError(string line, string error)
    {
        Assert.Equal(error, CameoPatternParser.Parse(1, line).Error);
    }
}
