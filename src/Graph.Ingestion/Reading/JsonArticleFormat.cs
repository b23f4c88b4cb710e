using Graph.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Ingestion.Reading;

/// <summary>A JSON object with <c>title</c>, <c>body</c> (required), <c>published</c>, <c>source</c> and <c>url</c>.</summary>
public sealed class JsonArticleFormat : IArticleFormat
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc />
    public ArticleDocument Parse(string path, string text)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                throw new ArticleReadException(path, $"invalid JSON: extra content after the object at line {reader.LineNumber}");
            }
        }
        catch (JsonReaderException ex)
        {
            throw new ArticleReadException(path, $"invalid JSON at line {ex.LineNumber}, position {ex.LinePosition}", ex);
        }

        if (root is not JObject article)
        {
            throw new ArticleReadException(path, "JSON is not an object with title and body");
        }

        string? body = Field(path, article, "body");
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleReadException(path, "JSON has no \"body\" text");
        }

        return new ArticleDocument(
            path,
            Field(path, article, "title")?.Trim(),
            body.Trim(),
            DateParsing.Parse(Field(path, article, "published")),
            Field(path, article, "source")?.Trim(),
            Field(path, article, "url")?.Trim());
    }

    private static string? Field(string path, JObject article, string name) =>
        article.GetValue(name, StringComparison.Ordinal) switch
        {
            null or { Type: JTokenType.Null } => null,
            JValue { Type: JTokenType.String } value => (string?)value,
            var other => throw new ArticleReadException(path, $"JSON field \"{name}\" is a {other.Type.ToString().ToLowerInvariant()}, not a string"),
        };
}
