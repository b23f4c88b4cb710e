using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class JsonArticleFormatTests
{
    private readonly JsonArticleFormat _format = new();

    [Fact]
    public void Parse_AllFields()
    {
        const string json = """{"title": "Pact signed", "body": "Two states signed.", "published": "2024-03-09T10:00:00Z", "source": "Wire", "url": "https://example.org/p"}""";

        var article = _format.Parse("p.json", json);

        Assert.Equal("Pact signed", article.Title);
        Assert.Equal("Two states signed.", article.Body);
        Assert.Equal(new DateOnly(2024, 3, 9), article.Published);
        Assert.Equal("Wire", article.Source);
        Assert.Equal("https://example.org/p", article.Url);
    }

    [Theory]
    [InlineData("{\"title\": \"x\", \"body\": ", "invalid JSON at line 1")]
    [InlineData("[1, 2]", "not an object")]
    [InlineData("{\"title\": \"x\"}", "no \"body\"")]
    [InlineData("{\"body\": 42}", "\"body\" is a integer")]
    [InlineData("{\"body\": \"x\"} {}", "invalid JSON")]
    public void Parse_Malformed_FailsWithReason(string json, string reason)
    {
        var ex = Assert.Throws<ArticleReadException>(() => _format.Parse("bad.json", json));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
