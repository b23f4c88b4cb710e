using System.Globalization;
using PuppeteerSharp;

namespace Graph.View.Benchmarks;

/// <summary>
/// The explorer opened in Debian's headless chromium (nothing downloads a browser), each time in a fresh browser
/// context so nothing is cached: the time from navigation start to the first view drawn, as the page itself
/// records it when it marks itself ready (<c>data-first-view-ms</c> on the body, set with <c>data-ready</c>).
/// </summary>
internal static class PageLoadProbe
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Why the page cannot be measured here, or null when it can.</summary>
    public static string? MissingReason => File.Exists(ExecutablePath) ? null : $"{ExecutablePath} is missing (Debian's chromium package)";

    /// <summary>One figure per run: milliseconds from navigation start to the document parsed (its scripts run) and to the first view.</summary>
    public static async Task<IReadOnlyList<PageLoad>> RunAsync(Uri url, int runs)
    {
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The sandbox needs user namespaces, which a root user in a container does not get.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            DefaultViewport = new ViewPortOptions { Width = 1400, Height = 900 },
        });
        var times = new List<PageLoad>(runs);
        for (int i = 0; i < runs; i++)
        {
            await using var context = await browser.CreateBrowserContextAsync();
            await using var page = await context.NewPageAsync();
            await page.GoToAsync(url.AbsoluteUri);
            await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", new WaitForFunctionOptions { Timeout = 120_000 });
            string firstView = await page.EvaluateExpressionAsync<string>("document.body.dataset.firstViewMs");
            double parsed = await page.EvaluateExpressionAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            times.Add(new PageLoad(parsed, double.Parse(firstView, CultureInfo.InvariantCulture)));
        }

        return times;
    }
}
