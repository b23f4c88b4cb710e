using Graph.Ingestion;
using Graph.Model;
using Graph.Store;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>
/// The end-of-run summary: articles (and the paragraphs extraction did not read, per reason), entities by type,
/// asserted facts by predicate, and how many negated, hypothetical, intended or alleged facts are kept apart.
/// </summary>
internal static class SummaryView
{
    /// <summary>
    /// Prints the summary of a build (with its ingest report) or of the store alone; <paramref name="merged"/> entities
    /// merged away by resolution are counted beside the canonical ones when there are any.
    /// </summary>
    public static void Render(IngestReport? report, StoreStatistics statistics, string? outputFolder = null, int merged = 0)
    {
        var console = Terminal.Out;
        if (report is not null)
        {
            string failed = report.Failed > 0 ? $"[red]{report.Failed} failed[/]" : "0 failed";
            console.MarkupLine($"[bold]Articles[/]   {report.Read} read · {report.Added} added · {report.Unchanged} unchanged · {failed} · {report.Extracted} extracted");
            if (report.Skipped > 0)
            {
                console.MarkupLine($"[bold]Skipped[/]    {Markup.Escape(Skipped(report))}");
            }
        }

        string mergedAway = merged > 0 ? $" ({merged.ToString(System.Globalization.CultureInfo.InvariantCulture)} more merged into these)" : string.Empty;
        console.MarkupLine($"[bold]Store[/]      {statistics.Articles} articles · {statistics.Entities} entities{mergedAway}");
        console.MarkupLine($"[bold]Facts[/]      {statistics.Relations} facts from {statistics.Evidence} sentences · {statistics.Events} events");
        console.MarkupLine($"[bold]Unasserted[/] {Unasserted(statistics)}");

        var entities = new Table().Border(TableBorder.Rounded).Title("Entities by type")
            .AddColumn("Type").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (type, count) in statistics.EntitiesByType.Where(e => e.Value > 0).OrderByDescending(e => e.Value).ThenBy(e => e.Key))
        {
            entities.AddRow(type.ToString(), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var facts = new Table().Border(TableBorder.Rounded).Title("Facts by predicate")
            .AddColumn("Predicate").AddColumn(new TableColumn("Facts").RightAligned());
        foreach (var (predicate, count) in statistics.RelationsByPredicate.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            facts.AddRow(predicate, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(new Columns(entities, facts) { Expand = false });
        if (outputFolder is not null)
        {
            console.MarkupLine($"[bold]Outputs[/]    {Markup.Escape(Path.GetFullPath(outputFolder))}");
        }
    }

    // "3 paragraphs not read (2 boilerplate · 1 language:fr)": what extraction left out, per reason.
    private static string Skipped(IngestReport report)
    {
        var parts = report.SkippedByReason.Select(e => $"{e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {e.Key}");
        return $"{report.Skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)} paragraphs not read ({string.Join(" · ", parts)})";
    }

    // "3 (1 negated · 2 alleged)": the statuses with at least one fact, in declaration order.
    private static string Unasserted(StoreStatistics statistics)
    {
        var parts = statistics.UnassertedByStatus.Where(e => e.Value > 0).OrderBy(e => e.Key)
            .Select(e => $"{e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {e.Key.Name()}").ToList();
        string total = statistics.Unasserted.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return parts.Count == 0 ? total : $"{total} ({string.Join(" · ", parts)})";
    }
}
