using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class HtmlArticleFormatTests
{
    private readonly HtmlArticleFormat _format = new();

    [Fact]
    public void Parse_ArticleElement_KeepsMainTextOnly()
    {
        const string html = """
            <html><head><title>Site | Pact</title>
            <meta property="og:title" content="Pact signed in Strelsau">
            <meta property="article:published_time" content="2024-03-09T08:00:00+01:00">
            <meta property="og:site_name" content="Daily Wire">
            <link rel="canonical" href="https://example.org/pact"></head>
            <body><nav><p>Home News Sport</p></nav>
            <article><h1>Pact signed in Strelsau</h1>
            <p>Ruritania and Borduria   signed a pact.</p><p>The ministers <b>hailed</b> it.</p>
            <aside><p>Read more: unrelated story</p></aside></article>
            <footer><p>Copyright notice</p></footer><script>var x = "<p>no</p>";</script></body></html>
            """;

        var article = _format.Parse("p.html", html);

        Assert.Equal("Pact signed in Strelsau", article.Title);
        Assert.Equal("Ruritania and Borduria signed a pact.\nThe ministers hailed it.", article.Body);
        Assert.Equal(new DateOnly(2024, 3, 9), article.Published);
        Assert.Equal("Daily Wire", article.Source);
        Assert.Equal("https://example.org/pact", article.Url);
    }

    [Fact]
    public void Parse_NoArticleElement_PicksDensestParagraphs()
    {
        const string html = """
            <html><body><div class="menu"><p>Menu</p></div>
            <div class="story"><p>First paragraph of the story is long enough.</p><p>Second paragraph follows it.</p></div></body></html>
            """;

        var article = _format.Parse("d.html", html);

        Assert.Equal("First paragraph of the story is long enough.\nSecond paragraph follows it.", article.Body);
    }

    [Fact]
    public void Parse_PageWithoutText_Fails()
    {
        var ex = Assert.Throws<ArticleReadException>(() => _format.Parse("e.html", "<html><body><script>1</script></body></html>"));
        Assert.Contains("no main text", ex.Message, StringComparison.Ordinal);
    }
}
