using Graph.Model;

namespace Graph.Ingestion.Reading;

/// <summary>Plain text: the first non-empty line is the headline, the rest is the body.</summary>
public sealed class TextArticleFormat : IArticleFormat
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public ArticleDocument Parse(string path, string text)
    {
        string trimmed = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', ' ', '\t');
        int newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            throw new ArticleReadException(path, "only a headline, no body text");
        }

        string body = trimmed[(newline + 1)..].Trim('\n');
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleReadException(path, "only a headline, no body text");
        }

        return new ArticleDocument(path, trimmed[..newline].Trim(), body);
    }
}
