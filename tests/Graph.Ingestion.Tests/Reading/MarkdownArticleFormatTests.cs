using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class MarkdownArticleFormatTests
{
    private readonly MarkdownArticleFormat _format = new();

    [Fact]
    public void Parse_FrontMatter_GivesTitleDateAndUrl()
    {
        const string text = """
            ---
            title: "Readout of the Minister\_s Call"
            date: '2021-01-22'
            source_url: https://example.org/readout
            ---

            The Minister spoke with his
            counterpart about **trade**.

            They agreed to meet [next month](https://example.org/x).
            """;

        var article = _format.Parse("r.md", text);

        Assert.Equal("Readout of the Minister s Call", article.Title);
        Assert.Equal(new DateOnly(2021, 1, 22), article.Published);
        Assert.Equal("https://example.org/readout", article.Url);
        Assert.Equal("The Minister spoke with his counterpart about trade.\nThey agreed to meet next month.", article.Body);
    }

    [Fact]
    public void Parse_LineOfNoBreakSpaces_SeparatesParagraphs()
    {
        const string text = "---\ntitle: Notice\n---\nDesignations follow under the new E.O.  \n\u00A0  \nToday's actions promote peace.\n";

        var article = _format.Parse("n.md", text);

        Assert.Equal("Designations follow under the new E.O.\nToday's actions promote peace.", article.Body);
    }

    [Theory]
    [InlineData("---\n---\nThe minister spoke.")]
    [InlineData("---\n\n---\nThe minister spoke.")]
    [InlineData("---\r\n---\r\nThe minister spoke.")]
    public void Parse_EmptyFrontMatter_ReadsTheBody(string text)
    {
        var article = _format.Parse("e.md", text);

        Assert.Null(article.Title);
        Assert.Equal("The minister spoke.", article.Body);
    }

    [Fact]
    public void Parse_NoFrontMatter_UsesHeading()
    {
        var article = _format.Parse("h.md", "# Summit ends\n\nLeaders signed a pact.");
        Assert.Equal("Summit ends", article.Title);
        Assert.Equal("Leaders signed a pact.", article.Body);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_TimestampDate_KeepsItsCalendarDay()
    {
        var article = _format.Parse("t.md", "---\ndate: 2021-01-22 22:14:29-05:00\n---\nBody.");
        Assert.Equal(new DateOnly(2021, 1, 22), article.Published);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody.", "invalid YAML front matter")]
    [InlineData("---\ntitle: x\nBody without end", "never closed")]
    [InlineData("---\ntitle: x\n---\n\n", "no body text")]
    public void Parse_Malformed_FailsWithReason(string text, string reason)
    {
        var ex = Assert.Throws<ArticleReadException>(() => _format.Parse("bad.md", text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.md: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListItems_AreParagraphsWithoutTheirMarkers()
    {
        const string text = "---\ntitle: Delegation\n---\nThe delegation:\n\n-   Ana Lind, Minister of\n    Trade\n-   Tom Reed\n1. First step\n2) Second step\n";

        var article = _format.Parse("d.md", text);

        Assert.Equal("The delegation:\nAna Lind, Minister of Trade\nTom Reed\nFirst step\nSecond step", article.Body);
    }
}
