namespace Graph.Syntax.Tests.Parsing;

public sealed class PluralPossessivesTests
{
    [Theory]
    [InlineData("Mr. Okafor reaffirmed the United States' support for Chile.")]
    [InlineData("Mr. Okafor reaffirmed the United States\u2019 support for Chile.")]
    public void ParseNamesAsWords_ApostropheAfterAPluralName_IsItsPossessive(string text)
    {
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var apostrophe = sentence.Tokens.Single(t => t.Form is "'" or "\u2019");
        Assert.Equal(("PART", "POS"), (apostrophe.Upos, apostrophe.Xpos));
        Assert.Equal("nmod:poss", sentence.Tokens.Single(t => t.Form == "United").Relation);
    }

    [Fact]
    public void ParseNamesAsWords_ApostropheClosingAQuote_StaysAQuote()
    {
        const string text = "Mr. Okafor called the plan \u2018a mess of cuts\u2019 and left.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        Assert.Equal("PUNCT", sentence.Tokens.Single(t => t.Form == "\u2019").Upos);
    }

    [Fact]
    public void Parse_CurledQuotes_KeepTheirFormsInTheTokens()
    {
        const string text = "Chile\u2019s envoy said \u201Cno\u201D.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length);

        Assert.Contains(sentence.Tokens, t => t.Form == "\u2019s" && t.Xpos == "POS");
        Assert.Contains(sentence.Tokens, t => t.Form == "\u201C");
    }
}
