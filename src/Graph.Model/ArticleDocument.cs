namespace Graph.Model;

/// <summary>An article as read from a file, before extraction.</summary>
/// <param name="SourcePath">Path of the file it came from (as given, for messages and provenance).</param>
/// <param name="Title">Headline, when the format carries one.</param>
/// <param name="Body">Main text, paragraphs separated by line breaks.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Source">Publisher or outlet name, when known.</param>
/// <param name="Url">Address of the original, when known.</param>
public sealed record ArticleDocument(
    string SourcePath, string? Title, string Body, DateOnly? Published = null, string? Source = null, string? Url = null)
{
    // Computed once with the document: the store asks for the id once per entity and once per fact.
    private readonly Content _content = Content.Of(Title, Body);

    /// <summary>
    /// The text extraction runs on and every character span refers to: the headline on the first line
    /// (when there is one), then the body. Line breaks are normalized to <c>\n</c>.
    /// </summary>
    public string Text => _content.Text;

    /// <summary>SHA-256 (hex) of <see cref="Text"/>: the same article read twice has the same hash.</summary>
    public string ContentHash => _content.Hash;

    /// <summary>Stable article id derived from <see cref="ContentHash"/>.</summary>
    public string Id => _content.Id;

    /// <summary>File name without folders, used to name per-article outputs.</summary>
    public string FileName => Path.GetFileName(SourcePath);

    private readonly record struct Content(string Text, string Hash, string Id)
    {
        public static Content Of(string? title, string body)
        {
            string normalizedBody = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            string text = string.IsNullOrWhiteSpace(title) ? normalizedBody : title.Trim() + "\n" + normalizedBody;
            string hash = StableId.Sha256Hex(text);
            return new Content(text, hash, StableId.Article(hash));
        }
    }
}
