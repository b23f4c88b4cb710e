using System.Text.RegularExpressions;
using Graph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Markdown with optional YAML front matter (<c>title</c>, <c>date</c>, <c>source</c>, <c>source_url</c>).
/// Hard-wrapped lines are joined into paragraphs and inline markup is dropped, so sentences read whole.
/// </summary>
public sealed partial class MarkdownArticleFormat : IArticleFormat
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public ArticleDocument Parse(string path, string text)
    {
        string content = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (content.StartsWith("---\n", StringComparison.Ordinal))
        {
            int end = content.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new ArticleReadException(path, "front matter opened with --- is never closed");
            }

            // "---\n---" closes at once: an empty front matter, whose closing line starts before the opening one ends.
            meta = ReadFrontMatter(path, end > 4 ? content[4..end] : string.Empty);
            int bodyStart = content.IndexOf('\n', end + 4);
            content = bodyStart < 0 ? string.Empty : content[(bodyStart + 1)..];
        }

        var paragraphs = Paragraphs(content).ToList();
        string? title = meta.GetValueOrDefault("title");
        if (title is null && paragraphs.Count > 0 && paragraphs[0].StartsWith('#'))
        {
            title = paragraphs[0].TrimStart('#').Trim();
            paragraphs.RemoveAt(0);
        }

        string body = string.Join("\n", paragraphs.Select(p => Inline(p.TrimStart('#', ' ', '>'))).Where(p => p.Length > 0));
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleReadException(path, "no body text");
        }

        return new ArticleDocument(
            path,
            title is null ? null : Normalize(title),
            body,
            DateParsing.Parse(meta.GetValueOrDefault("date") ?? meta.GetValueOrDefault("published")),
            meta.GetValueOrDefault("source"),
            meta.GetValueOrDefault("source_url") ?? meta.GetValueOrDefault("url"));
    }

    private static Dictionary<string, string> ReadFrontMatter(string path, string yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar })
                    {
                        result[name] = scalar;
                    }
                }
            }
        }
        catch (YamlException ex)
        {
            throw new ArticleReadException(path, $"invalid YAML front matter at line {ex.Start.Line}: {ex.Message}", ex);
        }

        return result;
    }

    private static IEnumerable<string> Paragraphs(string content)
    {
        foreach (string block in BlankLines().Split(content))
        {
            // Each item of a list is a paragraph of its own, without its marker ("-   Jane Roe, Minister of X").
            var lines = new List<string>();
            foreach (string line in block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
            {
                Match marker = ListMarker().Match(line);
                if (marker.Success && lines.Count > 0)
                {
                    yield return Normalize(string.Join(" ", lines));
                    lines.Clear();
                }

                lines.Add(marker.Success ? line[marker.Length..] : line);
            }

            string joined = string.Join(" ", lines);
            if (joined.Trim().Length > 0)
            {
                yield return Normalize(joined);
            }
        }
    }

    // Links keep their text, images and HTML tags go, emphasis markers go, escaped punctuation is the punctuation.
    private static string Inline(string text) =>
        Normalize(Unescape(Emphasis().Replace(Link().Replace(Image().Replace(HtmlTag().Replace(text, string.Empty), string.Empty), "$1"), string.Empty)));

    // A backslash before ASCII punctuation makes it literal ("Kate\_Smith", "\$5"), as CommonMark reads it; a backslash
    // ending a line is a line break.
    private static string Unescape(string text) => Escape().Replace(text, "$1");

    private static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    // A line of nothing but spaces, tabs and no-break spaces separates paragraphs: pages converted from HTML write an
    // empty paragraph as a lone no-break space.
    [GeneratedRegex(@"\n[ \t\u00A0]*\n+")]
    private static partial Regex BlankLines();

    // A list item's marker: a bullet or a number with its period or bracket, then space.
    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\w\\])(\*\*|__|\*|_)(?=\S)|(?<=\S)(?<!\\)(\*\*|__|\*|_)(?![\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])|\\(?=\s|$)")]
    private static partial Regex Escape();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
