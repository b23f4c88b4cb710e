using Graph.Model;

namespace Graph.Ingestion.Reading;

/// <summary>One article file format: turns decoded file text into an <see cref="ArticleDocument"/>.</summary>
public interface IArticleFormat
{
    /// <summary>File extensions this format reads, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/>.</summary>
    /// <exception cref="ArticleReadException">The content is malformed for this format.</exception>
    ArticleDocument Parse(string path, string text);
}
