namespace Graph.Syntax.Tests.Tokenization;

public class UdTokenizerTests
{
    [Theory]
    [InlineData("I don't know.", "I|do|n't|know|.")]
    [InlineData("It's Iran's turn.", "It|'s|Iran|'s|turn|.")]
    [InlineData("We'll see; I'm sure they've left.", "We|'ll|see|;|I|'m|sure|they|'ve|left|.")]
    [InlineData("They can't and won't.", "They|ca|n't|and|wo|n't|.")]
    [InlineData("He didn’t say it’s over.", "He|did|n’t|say|it|’s|over|.")]
    [InlineData("You cannot go.", "You|can|not|go|.")]
    [InlineData("the countries' leaders", "the|countries|'|leaders")]
    public void Tokenize_Clitics_SplitAsInTheTreebank(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("Iran-backed militias", "Iran|-|backed|militias")]
    [InlineData("a state-of-the-art plan", "a|state|-|of|-|the|-|art|plan")]
    [InlineData("non-human co-workers re-read the e-mail", "non-human|co-workers|re-read|the|e-mail")]
    [InlineData("the AK-47 rifle", "the|AK|-|47|rifle")]
    public void Tokenize_Hyphens_SplitCompoundsButNotPrefixes(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("The U.S. and the U.N. met Dr. Smith on Jan. 5 at 5:30 p.m. today", "The|U.S.|and|the|U.N.|met|Dr.|Smith|on|Jan.|5|at|5:30|p.m.|today")]
    [InlineData("Sanctions hit the U.S.", "Sanctions|hit|the|U.S|.")]
    [InlineData("Acme Inc. said so.", "Acme|Inc.|said|so|.")]
    [InlineData("He was tired. She was not.", "He|was|tired|.|She|was|not|.")]
    public void Tokenize_Abbreviations_KeepTheirPeriod(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("It rose 3.5% to $1,000.5 million.", "It|rose|3.5|%|to|$|1,000.5|million|.")]
    [InlineData("On 11/20/2000 call 713-853-3989 at 5pm.", "On|11/20/2000|call|713-853-3989|at|5|pm|.")]
    [InlineData("Wait... what?!", "Wait|...|what|?!")]
    [InlineData("and/or b/c", "and|/|or|b/c")]
    public void Tokenize_NumbersAndPunctuation_FollowTheTreebank(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("See https://example.org/a?b=1.", "See|https://example.org/a?b=1|.")]
    [InlineData("(mail john.doe@example.com)", "(|mail|john.doe@example.com|)")]
    [InlineData("“Hello,” he said.", "“|Hello|,|”|he|said|.")]
    [InlineData("\"No,\" she said :-)", "\"|No|,|\"|she|said|:-)")]
    public void Tokenize_UrlsMailsQuotes_AreHandled(string text, string expected) => AssertTokens(text, expected);

    [Fact]
    public void Tokenize_Range_OffsetsIndexTheOriginalText()
    {
        const string text = "Intro. Iran's “deal” isn't done.  Tail";
        int start = text.IndexOf('I', 1);
        int end = text.IndexOf("  ", StringComparison.Ordinal);

        var tokens = UdTokenizer.Tokenize(text, start, end);

        Assert.Equal(["Iran", "'s", "“", "deal", "”", "is", "n't", "done", "."], tokens.Select(t => text[t.Start..t.End]));
        Assert.All(tokens, t => Assert.InRange(t.Start, start, end));
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, end));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("\u200B\uFEFF")]
    public void Tokenize_NoWords_GivesNoTokens(string text) => Assert.Empty(UdTokenizer.Tokenize(text, 0, text.Length));

    [Fact]
    public void Tokenize_EmojiAndMarks_KeepsSurrogatePairsAndCombiningMarksWhole()
    {
        const string text = "Cafe\u0301 👍🏽 ok";

        var tokens = UdTokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(["Cafe\u0301", "👍🏽", "ok"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Tokenize_BadRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => UdTokenizer.Tokenize("abc", 2, 5));

    private static void AssertTokens(string text, string expected)
    {
        var tokens = UdTokenizer.Tokenize(text, 0, text.Length);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => text[t.Start..t.End])));
    }
}
