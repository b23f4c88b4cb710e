using System.Text.RegularExpressions;
using Graph.View.Api;
using Graph.View.Data;
using Graph.View.Hosting;
using Newtonsoft.Json.Linq;

namespace Graph.View.Static;

/// <summary>
/// Writes the explorer as one self-contained HTML file: <c>index.html</c> with every stylesheet and script
/// that <c>manifest.json</c> lists inlined in the listed order (in place of the page's own
/// <c>&lt;link&gt;</c> and <c>&lt;script src&gt;</c> tags for them, else at the end of the head and of the body),
/// and the dump of the graph in the <c>#graph-data</c> element, escaped so that no text in it can end the
/// element. The file loads nothing from anywhere.
/// </summary>
public static partial class StaticPageWriter
{
    private const string StylesMarker = "\u0000styles\u0000";
    private const string ScriptsMarker = "\u0000scripts\u0000";
    private const string DataMarker = "\u0000data\u0000";

    /// <summary>Writes the page for <paramref name="graph"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="InvalidOperationException">The front end's files are incomplete (no <c>#graph-data</c> element, a listed file missing).</exception>
    public static void Write(TextWriter writer, ViewGraph graph, EmbeddedAssets? assets = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(graph);
        assets ??= EmbeddedAssets.Default;
        string html = assets.Text("index.html") ?? throw new InvalidOperationException("the front end has no index.html");
        var manifest = JObject.Parse(assets.Text("manifest.json") ?? "{}");
        var styles = Listed(manifest, "styles");
        var scripts = Listed(manifest, "scripts");

        if (!GraphDataElement().IsMatch(html))
        {
            throw new InvalidOperationException("index.html has no <script id=\"graph-data\" type=\"application/json\"></script> element");
        }

        html = GraphDataElement().Replace(html, m => m.Groups["open"].Value + DataMarker + m.Groups["close"].Value, 1);
        html = ReplaceTags(html, styles, "link", "href", StylesMarker, "</head>");
        html = ReplaceTags(html, scripts, "script", "src", ScriptsMarker, "</body>");

        // The markers are filled last, so nothing inlined is ever searched for tags.
        html = html
            .Replace(StylesMarker, string.Concat(styles.Select(s => "<style>\n" + EscapeText(Read(assets, s), "</style") + "\n</style>\n")), StringComparison.Ordinal)
            .Replace(ScriptsMarker, string.Concat(scripts.Select(s => "<script>\n" + EscapeText(Read(assets, s), "</script") + "\n</script>\n")), StringComparison.Ordinal);
        int data = html.IndexOf(DataMarker, StringComparison.Ordinal);
        writer.Write(html.AsSpan(0, data));
        writer.Write(ApiJson.ForScriptElement(ApiJson.Serialize(DumpEndpoint.Of(graph))));
        writer.Write(html.AsSpan(data + DataMarker.Length));
    }

    // The first tag that loads a listed file becomes the marker, the others go; with none, the marker goes before `end`.
    private static string ReplaceTags(string html, IReadOnlyList<string> files, string tag, string attribute, string marker, string end)
    {
        bool placed = false;
        foreach (string file in files)
        {
            string closing = tag == "script" ? @"\s*</script\s*>" : string.Empty;
            var pattern = new Regex(
                $@"<{tag}\b[^>]*\b{attribute}\s*=\s*[""']?(?:\./|/)?{Regex.Escape(file)}[""']?[^>]*>{closing}",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(5));
            html = pattern.Replace(html, _ =>
            {
                string replacement = placed ? string.Empty : marker;
                placed = true;
                return replacement;
            });
        }

        if (placed)
        {
            return html;
        }

        int at = html.LastIndexOf(end, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + marker : html.Insert(at, marker);
    }

    private static List<string> Listed(JObject manifest, string key) =>
        manifest[key] is JArray items ? [.. items.Select(i => i.Value<string>()!).Where(s => !string.IsNullOrEmpty(s))] : [];

    private static string Read(EmbeddedAssets assets, string path) =>
        assets.Text(path) ?? throw new InvalidOperationException($"manifest.json lists {path}, which the front end does not hold");

    // Inside a style or script element only its own end tag can end it early, and in a script a comment opener
    // followed by "<script" makes the real end tag not count; "<\/" and "\x3C" mean the same in JavaScript strings
    // and regular expressions, "<\/" the same in CSS.
    private static string EscapeText(string text, string endTag)
    {
        string escaped = Regex.Replace(text, Regex.Escape(endTag), m => m.Value.Insert(1, "\\"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        return endTag == "</script" ? escaped.Replace("<!--", "\\x3C!--", StringComparison.Ordinal) : escaped;
    }

    [GeneratedRegex(@"(?<open><script\b[^>]*\bid\s*=\s*[""']?graph-data[""']?[^>]*>)\s*(?<close></script\s*>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GraphDataElement();
}
