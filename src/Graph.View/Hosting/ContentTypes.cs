namespace Graph.View.Hosting;

/// <summary>Content types of the front end's files, by extension (text always UTF-8).</summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/plain; charset=utf-8",
    };

    /// <summary>The content type of <paramref name="path"/>; plain text for licence files and other names without a known extension.</summary>
    public static string Of(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path)) ?? "text/plain; charset=utf-8";
}
