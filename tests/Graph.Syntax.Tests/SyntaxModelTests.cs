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
        Assert.Equal(("deny", "VERB", "VBD"), (tokens[root].Lemma, tokens[root].Upos, tokens[root].Xpos));
        Assert.Equal(("nsubj", root), (tokens[0].Relation, tokens[0].Head));
        Assert.Equal(("ccomp", root), (tokens[4].Relation, tokens[4].Head));
        Assert.Equal(("mark", 4), (tokens[2].Relation, tokens[2].Head));
        Assert.Equal(("obj", 4), (tokens[5].Relation, tokens[5].Head));
        Assert.Equal("PROPN", tokens[0].Upos);
    }

    [Fact]
    public void Parse_Passive_SubjectIsPassiveAndAgentIsOblique()
    {
        var sentence = SyntaxModel.Default.Parse(["Troops", "were", "attacked", "by", "rebels", "."]);

        var tokens = sentence.Tokens;
        Assert.Equal("attacked", tokens[Assert.Single(sentence.Children(-1))].Form);
        Assert.Equal(("nsubj:pass", 2), (tokens[0].Relation, tokens[0].Head));
        Assert.Equal(("aux:pass", 2), (tokens[1].Relation, tokens[1].Head));
        Assert.StartsWith("obl", tokens[4].Relation, StringComparison.Ordinal);
        Assert.Equal(2, tokens[4].Head);
        Assert.Equal(("case", 4), (tokens[3].Relation, tokens[3].Head));
        Assert.Equal("be", tokens[1].Lemma);
        Assert.Equal("rebel", tokens[4].Lemma);
    }

    [Fact]
    public void Parse_TextRange_OffsetsIndexTheGivenText()
    {
        const string text = "Headline. The minister didn't resign. Next.";
        int start = text.IndexOf("The", StringComparison.Ordinal);
        int end = text.IndexOf(" Next", StringComparison.Ordinal);

        var tokens = SyntaxModel.Default.Parse(text, start, end).Tokens;

        Assert.Equal(["The", "minister", "did", "n't", "resign", "."], tokens.Select(t => t.Form));
        Assert.All(tokens, t => Assert.Equal(t.Form, text[t.Start..t.End]));
        Assert.Equal(("not", "PART", "advmod"), (tokens[3].Lemma, tokens[3].Upos, tokens[3].Relation));
    }

    [Fact]
    public void Parse_GoldWords_OffsetsAreOverWordsJoinedBySpaces()
    {
        var tokens = SyntaxModel.Default.Parse(["He", "left", "."]).Tokens;

        Assert.Equal([(0, 2), (3, 7), (8, 9)], tokens.Select(t => (t.Start, t.End)));
        Assert.Equal([0, 1, 2], tokens.Select(t => t.Index));
    }

    [Fact]
    public void Parse_Twice_GivesIdenticalOutput()
    {
        const string text = "The ministers of France and Germany met in Brussels on Monday to discuss new sanctions against Russia.";

        var first = SyntaxModel.Default.Parse(text, 0, text.Length).Tokens;
        var second = SyntaxModel.Default.Parse(text, 0, text.Length).Tokens;

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Yes")]
    [InlineData("!!! ... ??? -- ,,, ;;")]
    [InlineData("\0\u0001\u0007 \uD800 \uDC00 x\uD800")]
    [InlineData("\u0301\u0301 \u202Eabc\u202C \u05E9\u05DC\u05D5\u05DD \u4E2D\u6587 👍🏽👨‍👩‍👧")]
    [InlineData("http:// @ # $ % ^ & * ( ) _ + = { } [ ] | \\ : ; ' \" < > , . ? / ~ `")]
    public void Parse_HostileText_GivesOneTreeWithoutThrowing(string text)
    {
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length);

        AssertWellFormed(sentence);
    }

    [Fact]
    public void Parse_HostileWords_GivesOneTreeWithoutThrowing()
    {
        AssertWellFormed(SyntaxModel.Default.Parse([]));
        AssertWellFormed(SyntaxModel.Default.Parse(["", " ", null!, new string('x', 10_000), "\uDBFF"]));
    }

    [Fact]
    public void Parse_TwoThousandWords_ParsesEveryWord()
    {
        var words = string.Concat(Enumerable.Repeat("The troops attacked the town , and the rebels fled to the hills ; ", 143)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Length >= 2000);

        var sentence = SyntaxModel.Default.Parse(words);

        Assert.Equal(words.Length, sentence.Tokens.Count);
        AssertWellFormed(sentence);
    }

    private static void AssertWellFormed(ParsedSentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count == 0)
        {
            Assert.Empty(sentence.Children(-1));
            return;
        }

        int root = Assert.Single(sentence.Children(-1));
        Assert.Equal("root", tokens[root].Relation);
        foreach (var token in tokens)
        {
            Assert.NotEqual("root", token.Index == root ? "x" : token.Relation);
            Assert.NotNull(token.Lemma);
            Assert.False(string.IsNullOrEmpty(token.Upos));

            // Every word reaches the root without a cycle.
            int head = token.Index;
            for (int steps = 0; head != root; steps++)
            {
                Assert.True(steps <= tokens.Count, "cycle above word " + token.Index);
                head = tokens[head].Head;
                Assert.InRange(head, 0, tokens.Count - 1);
            }
        }
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("Transmit", true)]
    [InlineData("zqxvorb", false)]
    public void KnowsWord_TellsWordsTrainingSaw(string word, bool known) => Assert.Equal(known, SyntaxModel.Default.KnowsWord(word));
}
