using Graph.Extraction.Resources;
using Graph.Extraction.Tokens;

namespace Graph.Extraction.Tests.Tokens;

public sealed class TokenizerTests
{
    private static List<Token> Tokens(string text) => [.. ExtractionResources.Default.Tokenizer.Tokenize(text, 0, text.Length)];

    [Fact]
    public void Tokenize_KeepsInitialismsHyphenatedNamesAndNumbersWhole()
    {
        var tokens = Tokens("U.S. envoy Ali al-Rashid counted 120,000 troops.");
        Assert.Equal(["U.S.", "envoy", "Ali", "al-Rashid", "counted", "120,000", "troops", "."], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_SplitsPossessive()
    {
        var tokens = Tokens("Egypt’s army and Oman's navy");
        Assert.Equal(["Egypt", "’s", "army", "and", "Oman", "'s", "navy"], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Possessive, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_SpansIndexIntoText()
    {
        const string text = "  \"Peace,\" said Lula.";
        foreach (Token token in Tokens(text))
        {
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
    }

    [Fact]
    public void Tokenize_QuotesAreTheirOwnKind() =>
        Assert.Equal(TokenKind.Quote, Tokens("“Now”")[0].Kind);

    [Fact]
    public void Tokenize_PartsCompoundsOfCountriesOnly()
    {
        var tokens = Tokens("The Chile-Peru talks in Guinea-Bissau and Baden-Baden.");
        Assert.Equal(["The", "Chile", "-", "Peru", "talks", "in", "Guinea-Bissau", "and", "Baden-Baden", "."], tokens.Select(t => t.Text));
    }
}
