using System.Globalization;

namespace Graph.View.Benchmarks;

/// <summary>The figures as Markdown: a line on the store and the machine, the figures with their goals, then one row per request.</summary>
internal static class MarkdownReport
{
    /// <summary>The product's goal for every API call, at the 95th percentile.</summary>
    public const double ApiGoalMilliseconds = 50;

    /// <summary>The product's goal for the first view of the page.</summary>
    public const double PageGoalMilliseconds = 2000;

    private const double MiB = 1024 * 1024;

    /// <summary>Writes the report of <paramref name="figures"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, ViewFigures figures, int runs)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Store {figures.Store}: {figures.Articles:N0} articles, {figures.Entities:N0} entities, {figures.Relations:N0} relations."));
        output.WriteLine($"Load average (1, 5, 15 min): {figures.LoadAverageAtStart} at start, {figures.LoadAverageAtEnd} at end.");
        output.WriteLine();
        output.WriteLine("| Figure | Value | Goal |");
        output.WriteLine("|---|---:|---|");
        output.WriteLine(string.Create(inv, $"| Store loaded into ViewGraph | {figures.LoadSeconds:N2} s | – |"));
        output.WriteLine(string.Create(inv, $"| Peak resident memory after the load | {figures.PeakBytesAfterLoad / MiB:N0} MiB | – |"));
        output.WriteLine(PageRow(figures));
        foreach (var page in figures.StaticPages)
        {
            output.WriteLine(string.Create(inv,
                $"| Static file, {page.Scope} ({page.Entities:N0} entities, {page.Relations:N0} relations) | {page.Bytes / MiB:N1} MiB in {page.Seconds:N2} s | – |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"| API call ({runs} requests each, after warm-up) | p50 ms | p95 ms | max ms | KiB | p95 under {ApiGoalMilliseconds:N0} ms |"));
        output.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var api in figures.Api)
        {
            var ms = api.Milliseconds;
            output.WriteLine(string.Create(inv,
                $"| {api.Call.Name} | {ms.P50:N1} | {ms.P95:N1} | {ms.Max:N1} | {api.Bytes / 1024.0:N1} | {(ms.P95 < ApiGoalMilliseconds ? "yes" : "**no**")} |"));
        }
    }

    private static string PageRow(ViewFigures figures)
    {
        if (figures.PageLoads is not { Count: > 0 } loads)
        {
            return $"| Page load to first view, headless Chromium | skipped: {figures.PageLoadSkipped} | under 2 s |";
        }

        var p = Percentiles.Of([.. loads.Select(l => l.FirstView)]);
        var parsed = Percentiles.Of([.. loads.Select(l => l.DocumentParsed)]);
        string met = p.Max < PageGoalMilliseconds ? "yes" : p.P50 < PageGoalMilliseconds ? "median only" : "**no**";
        return string.Create(CultureInfo.InvariantCulture,
            $"| Page load to first view, headless Chromium ({loads.Count} {(loads.Count == 1 ? "run" : "runs")}; document parsed at {parsed.P50:N0} ms) | median {p.P50:N0} ms, max {p.Max:N0} ms | under 2 s: {met} |");
    }
}
