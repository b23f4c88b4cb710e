namespace Graph.Syntax.Tests.Parsing;

public sealed class CoordinatedAdjectivesTests
{
    [Fact]
    public void Parse_AdjectivesCoordinatedBeforeANoun_LeaveTheNounAtTheHead()
    {
        const string text = "Mr. Okafor reaffirmed the United States\u2019 immediate, significant, and continuing support for Chile\u2019s efforts.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var support = sentence.Tokens.Single(t => t.Form == "support");
        var reaffirmed = sentence.Tokens.Single(t => t.Form == "reaffirmed");
        Assert.Equal(reaffirmed.Index, support.Head);
        Assert.NotEqual("conj", support.Relation);
        Assert.Equal(support.Index, sentence.Tokens.Single(t => t.Form == "United").Head);
        Assert.Equal(support.Index, sentence.Tokens.Single(t => t.Form == "efforts").Head);
    }
}
