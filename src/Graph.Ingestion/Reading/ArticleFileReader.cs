using System.Text;
using Graph.Model;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Reads one article file: checks size, emptiness, binary content and UTF-8 validity, hands the text to
/// the format registered for the file's extension, and normalizes what it returns (<see cref="TextNormalizer"/>),
/// so no text reaches extraction or the store that some export syntax could not carry.
/// </summary>
public sealed class ArticleFileReader
{
    /// <summary>Files above this size are refused: no news article is this long.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<string, IArticleFormat> _formats;

    /// <summary>Creates a reader for <paramref name="formats"/>, or for every built-in format.</summary>
    public ArticleFileReader(IEnumerable<IArticleFormat>? formats = null)
    {
        _formats = new Dictionary<string, IArticleFormat>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in formats ?? [new TextArticleFormat(), new MarkdownArticleFormat(), new JsonArticleFormat(), new HtmlArticleFormat()])
        {
            foreach (string extension in format.Extensions)
            {
                _formats[extension] = format;
            }
        }
    }

    /// <summary>Extensions this reader accepts, sorted.</summary>
    public IEnumerable<string> Extensions => _formats.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when the file's extension has a format.</summary>
    public bool Supports(string path) => _formats.ContainsKey(Path.GetExtension(path));

    /// <summary>Reads and parses the article at <paramref name="path"/>.</summary>
    /// <exception cref="ArticleReadException">The file is missing, unreadable, empty, binary, not UTF-8 or malformed.</exception>
    public ArticleDocument Read(string path)
    {
        if (!_formats.TryGetValue(Path.GetExtension(path), out var format))
        {
            throw new ArticleReadException(path, $"unsupported file type; expected {string.Join(", ", Extensions)}");
        }

        return Normalized(format.Parse(path, ReadText(path)));
    }

    // After parsing, not before: JSON escapes and HTML character references only become characters then.
    private static ArticleDocument Normalized(ArticleDocument document)
    {
        string body = TextNormalizer.Normalize(document.Body).Trim();
        if (body.Length == 0)
        {
            throw new ArticleReadException(document.SourcePath, "no text once control characters are removed");
        }

        return new ArticleDocument(
            document.SourcePath, Field(document.Title), body, document.Published, Field(document.Source), Field(document.Url));
    }

    private static string? Field(string? text) => text is null ? null : TextNormalizer.Normalize(text).Trim();

    private static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ArticleReadException(path, "no such file");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new ArticleReadException(path, $"file is {info.Length / (1024 * 1024)} MiB, larger than the {MaxFileBytes / (1024 * 1024)} MiB limit for one article");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, "cannot be read: " + ex.Message, ex);
        }

        if (bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            throw new ArticleReadException(path, "empty file");
        }

        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new ArticleReadException(path, $"binary file (NUL byte at offset {nul}), not text");
        }

        try
        {
            string text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            throw new ArticleReadException(path, $"invalid UTF-8 at byte {ex.Index}", ex);
        }
    }
}
