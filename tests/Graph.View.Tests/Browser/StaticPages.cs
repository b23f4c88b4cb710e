using System.Text;
using Graph.View.Data;
using Graph.View.Static;
using PuppeteerSharp;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The self-contained explorer file (<c>graph view --out</c>), opened from <c>file://</c> with networking
/// disabled: the browser is offline and every request that is not for a file is aborted and counted.
/// </summary>
internal static class StaticPages
{
    /// <summary>Writes the explorer file for <paramref name="graph"/> to <paramref name="path"/>.</summary>
    public static void Write(ViewGraph graph, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        StaticPageWriter.Write(writer, graph);
    }

    /// <summary>Opens <paramref name="path"/> in a new offline tab; <paramref name="blocked"/> collects every request aborted.</summary>
    public static async Task<ExplorerPage> OpenOfflineAsync(ChromiumFixture chromium, string path, List<string> blocked)
    {
        var page = await chromium.NewPageAsync(async tab =>
        {
            await tab.SetOfflineModeAsync(true);
            await tab.SetRequestInterceptionAsync(true);
            tab.Request += async (_, e) =>
            {
                if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    lock (blocked)
                    {
                        blocked.Add(e.Request.Url);
                    }

                    await e.Request.AbortAsync();
                }
            };
        });
        await page.OpenAsync(new Uri(path).AbsoluteUri);
        return page;
    }
}
