using System.Text;
using Graph.Ingestion.Reading;
using Graph.Testing;

namespace Graph.Ingestion.Tests.Reading;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArticleFileReader _reader = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_Text_FirstLineIsHeadline()
    {
        string path = _temp.Write("a.txt", "Ruritania recalls envoy\r\nThe government recalled its ambassador.\nTalks stalled.\n");

        var article = _reader.Read(path);

        Assert.Equal("Ruritania recalls envoy", article.Title);
        Assert.Equal("The government recalled its ambassador.\nTalks stalled.", article.Body);
        Assert.Equal("Ruritania recalls envoy\nThe government recalled its ambassador.\nTalks stalled.", article.Text);
    }

    [Fact]
    public void Read_TextWithByteOrderMark_DropsIt()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Title\nBody text.")];
        var article = _reader.Read(_temp.WriteBytes("bom.txt", bytes));
        Assert.Equal("Title", article.Title);
    }

    [Fact]
    public void Read_TextWithControlCharacters_StoresTextEverySyntaxCanCarry()
    {
        string path = _temp.Write("c.txt", "Talks\u0001 fail\r\nRuritania\u0002 accused\u0085Borduria\u2028of\u0003 lying.\uFFFF\n");

        var article = _reader.Read(path);

        Assert.Equal("Talks fail", article.Title);
        Assert.Equal("Ruritania accused\nBorduria\nof lying.", article.Body);
        Assert.Equal("Talks fail\nRuritania accused\nBorduria\nof lying.", article.Text);
    }

    [Fact]
    public void Read_DecomposedText_IsComposed_SoTheSameArticleHasTheSameId()
    {
        var decomposed = _reader.Read(_temp.Write("nfd.txt", "Co\u0302te d\u2019Ivoire\nTalks in Abidjan\u0301."));
        var composed = _reader.Read(_temp.Write("nfc.txt", "C\u00F4te d\u2019Ivoire\nTalks in Abidja\u0144."));

        Assert.Equal("C\u00F4te d\u2019Ivoire", decomposed.Title);
        Assert.Equal(composed.Text, decomposed.Text);
        Assert.Equal(composed.Id, decomposed.Id);
    }

    [Fact]
    public void Read_JsonEscapesOfControlsAndUnpairedSurrogates_AreNormalized()
    {
        string path = _temp.Write("c.json", """
            { "title": "Talks\u0007", "body": "Ruritania\u0000 accused \ud800Borduria.", "source": "Wire\u001b", "url": "https://example.org/\u0001a" }
            """);

        var article = _reader.Read(path);

        Assert.Equal("Talks", article.Title);
        Assert.Equal("Ruritania accused \uFFFDBorduria.", article.Body);
        Assert.Equal("Wire", article.Source);
        Assert.Equal("https://example.org/a", article.Url);
    }

    [Fact]
    public void Read_MarkdownBackslashEscapes_AreTheLiteralPunctuation()
    {
        string path = _temp.Write("e.md", "---\ntitle: Briefing\n---\nThe fund paid \\$5 to \\*all\\* \\[members\\] of Ruritania\\.\n");

        var article = _reader.Read(path);

        Assert.Equal("The fund paid $5 to *all* [members] of Ruritania.", article.Body);
    }

    [Fact]
    public void Read_BodyOfControlCharactersOnly_IsRefusedAsEmpty()
    {
        string path = _temp.Write("c.json", """{ "title": "Talks", "body": "\u0001\u0002" }""");

        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("no text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameContentInTwoFiles_HasSameId()
    {
        var first = _reader.Read(_temp.Write("one/a.txt", "Title\nBody."));
        var second = _reader.Read(_temp.Write("two/b.txt", "Title\r\nBody.\r\n"));
        Assert.Equal(first.Id, second.Id);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty file")]
    [InlineData("blank.txt", "  \n\t\r\n", "empty file")]
    [InlineData("headline.txt", "Only a headline", "no body")]
    [InlineData("notes.pdf", "%PDF-1.4", "unsupported file type")]
    public void Read_BadText_FailsNamingFileAndReason(string name, string content, string reason)
    {
        string path = _temp.Write(name, content);

        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));

        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Read_BinaryFile_Fails()
    {
        string path = _temp.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));
        Assert.Contains("binary file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_FailsWithByteOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Title\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" closed.")];
        string path = _temp.WriteBytes("latin1.txt", bytes);

        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));

        Assert.Contains("invalid UTF-8 at byte 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeFile_FailsWithoutReadingIt()
    {
        string path = _temp.File("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(ArticleFileReader.MaxFileBytes + 1);
        }

        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));

        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_Fails()
    {
        string path = _temp.File("missing.txt");
        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));
        Assert.Contains("no such file", ex.Message, StringComparison.Ordinal);
    }
}
