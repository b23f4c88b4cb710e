namespace Graph.Syntax.Tests;

public class SyntaxModelTests
{
    [Fact]
    public void Parse_ReportedDenial_DenyIsRootWithSubjectAndClausalComplement()
    {
        const string text = "Iran denied that it attacked Israel.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length);

        var tokens = sentence.Tokens;
        Assert.Equal(["Iran", "denied", "that", "it", "attacked", "Israel", "."], tokens.Select(t => t.Form));
        int root = Assert.Single(sentence.Children(-1));
        Assert.Equal("denied", tokens[root].Form);
        Assert.Equal("deny", tokens[root].Lemma);
        Assert.Equal("nsubj", tokens[0].Relation);
        Assert.Equal(root, tokens[0].Head);
        Assert.Equal("ccomp", tokens[4].Relation);
        Assert.Equal(root, tokens[4].Head);
    }

    [Fact]
    public void Parse_Passive_SubjectIsPassiveAndAgentIsOblique()
    {
        var sentence = SyntaxModel.Default.Parse(["Troops", "were", "attacked", "by", "rebels", "."]);

        var tokens = sentence.Tokens;
        Assert.Equal("attacked", tokens[Assert.Single(sentence.Children(-1))].Form);
        Assert.Equal("nsubj:pass", tokens[0].Relation);
        Assert.Equal("aux:pass", tokens[1].Relation);
        Assert.StartsWith("obl", tokens[4].Relation, StringComparison.Ordinal);
        Assert.Equal(2, tokens[4].Head);
        Assert.Equal("case", tokens[3].Relation);
    }
}
