using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Graph.Model;

namespace Graph.Ingestion.Reading;

/// <summary>
/// An HTML page: the main text is the largest <c>article</c>/<c>main</c> element, else the element holding
/// the most paragraph text; navigation, headers, footers, asides and scripts are dropped. Title, date,
/// publisher and address come from the page's metadata when present.
/// </summary>
public sealed partial class HtmlArticleFormat : IArticleFormat
{
    private const string Noise = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button";
    private const string Blocks = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public ArticleDocument Parse(string path, string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        string? title = Meta(document, "meta[property='og:title']") ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        string? published = Meta(document, "meta[property='article:published_time']")
            ?? Meta(document, "meta[name='date']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? source = Meta(document, "meta[property='og:site_name']");
        string? url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(document, "meta[property='og:url']");

        foreach (var element in document.QuerySelectorAll(Noise).ToList())
        {
            element.Remove();
        }

        var container = MainContainer(document);
        var paragraphs = new List<string>();
        if (container is not null)
        {
            foreach (var block in container.QuerySelectorAll(Blocks))
            {
                // A block nested in another block (li > p) is read once, through its outermost block.
                if (block.ParentElement?.Closest(Blocks) is { } outer && container.Contains(outer))
                {
                    continue;
                }

                string paragraph = Normalize(block.TextContent);
                if (paragraph.Length > 0 && !paragraph.Equals(Normalize(title ?? string.Empty), StringComparison.Ordinal))
                {
                    paragraphs.Add(paragraph);
                }
            }

            if (paragraphs.Count == 0)
            {
                paragraphs.AddRange(Normalize(container.TextContent) is { Length: > 0 } all ? [all] : []);
            }
        }

        if (paragraphs.Count == 0)
        {
            throw new ArticleReadException(path, "no main text found in the HTML page");
        }

        return new ArticleDocument(
            path,
            title is null ? null : Normalize(title),
            string.Join("\n", paragraphs),
            DateParsing.Parse(published),
            source is null ? null : Normalize(source),
            url?.Trim());
    }

    private static IElement? MainContainer(IDocument document)
    {
        var explicitMain = document.QuerySelectorAll("article, main, [role='main']")
            .OrderByDescending(e => ParagraphText(e))
            .FirstOrDefault();
        if (explicitMain is not null && ParagraphText(explicitMain) > 0)
        {
            return explicitMain;
        }

        // The element whose own paragraphs carry the most text is the article body.
        var best = document.QuerySelectorAll("p")
            .Select(p => p.ParentElement)
            .OfType<IElement>()
            .Distinct()
            .OrderByDescending(e => e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length))
            .FirstOrDefault();
        return best ?? document.Body;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    private static string? Meta(IDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } content ? content : null;

    private static string Normalize(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
