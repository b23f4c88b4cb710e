using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

public class IobReaderTests
{
    [Fact]
    public void Read_Sentences_GiveWordsAndLabels()
    {
        const string text = "# sent_id = a-1\n# text = Ann met Bo.\n1\tAnn\tB-PER\t-\t-\n2\tmet\tO\t-\t-\n3\tBo\tB-PER\t-\t-\n4\t.\tO\t-\t-\n\n1\tHi\tO\t-\t-\n";

        var sentences = IobReader.Read(new StringReader(text), "t");

        Assert.Equal(2, sentences.Count);
        Assert.Equal("a-1", sentences[0].Id);
        Assert.Equal(["Ann", "met", "Bo", "."], sentences[0].Words);
        Assert.Equal(["B-PER", "O", "B-PER", "O"], sentences[0].Labels);
    }

    [Fact]
    public void Read_BadLabel_NamesSourceAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => IobReader.Read(new StringReader("1\tAnn\tB-PER\n2\tmet\tPER\n"), "bad.iob2"));

        Assert.StartsWith("bad.iob2:2:", ex.Message, StringComparison.Ordinal);
    }
}
