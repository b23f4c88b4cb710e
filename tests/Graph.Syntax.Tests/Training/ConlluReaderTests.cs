using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

public class ConlluReaderTests
{
    [Fact]
    public void Read_Sentences_GivesWordsHeadsAndSurfaceTokens()
    {
        var sentences = TinyTreebank.Sentences();

        Assert.Equal(6, sentences.Count);
        var third = sentences[2];
        Assert.Equal("3", third.Id);
        Assert.Equal("I don't like the new plan.", third.Text);
        Assert.Equal(["I", "do", "n't", "like", "the", "new", "plan", "."], third.Words.Select(w => w.Form));
        Assert.Equal(["I", "don't", "like", "the", "new", "plan", "."], third.Tokens);
        Assert.Equal(new ConlluWord("n't", "not", "PART", "RB", 3, "advmod"), third.Words[2]);
        Assert.Equal(-1, third.Words[3].Head);
    }

    [Fact]
    public void Read_EmptyNodes_AreSkipped()
    {
        const string text = "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n2.1\tleft\tleave\tVERB\tVBD\t_\t_\t_\t_\t_\n";

        var sentence = Assert.Single(ConlluReader.Read(new StringReader(text), "t"));

        Assert.Equal(2, sentence.Words.Count);
    }

    [Fact]
    public void Read_MalformedLine_NamesSourceAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => ConlluReader.Read(new StringReader("# c\n1\tHe\the\n"), "bad.conllu"));

        Assert.StartsWith("bad.conllu:2:", ex.Message, StringComparison.Ordinal);
    }
}
