using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Store.Resolution;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>
/// What the <c>graph entities</c> commands print: canonical entities, duplicate candidates (as a table, or JSON for
/// scripts), and the merges a decision changed.
/// </summary>
internal static class EntitiesView
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Prints <paramref name="entities"/> (the first of <paramref name="total"/> matching).</summary>
    public static void RenderEntities(IReadOnlyList<EntitySummary> entities, int total, bool json)
    {
        if (json)
        {
            WriteJson(w =>
            {
                foreach (var summary in entities)
                {
                    w.WriteStartObject();
                    w.WriteString("id", summary.Entity.Id);
                    w.WriteString("type", summary.Entity.Type.ToString());
                    w.WriteString("name", summary.Entity.Name);
                    w.WriteNumber("mentions", summary.Mentions);
                    w.WriteNumber("articles", summary.Articles);
                    WriteStrings(w, "aliases", summary.Entity.Aliases);
                    WriteStrings(w, "merged", summary.MergedIds);
                    w.WriteStartArray("merges");
                    foreach (var (id, reason) in summary.MergedIds.Zip(summary.MergeReasons))
                    {
                        w.WriteStartObject();
                        w.WriteString("id", id);
                        w.WriteString("reason", reason);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            });
            return;
        }

        // Ids are what merge and split take: never wrapped, so they can be copied whole. The merged ids get a column
        // only when some entity listed has any.
        bool merges = entities.Any(e => e.MergedIds.Count > 0);
        var table = new Table().Border(TableBorder.Rounded).Title(Title(entities.Count, total, "entities"))
            .AddColumn(new TableColumn("Id").NoWrap()).AddColumn("Name").AddColumn(new TableColumn("Type").NoWrap())
            .AddColumn(new TableColumn("Mentions").RightAligned().NoWrap()).AddColumn(new TableColumn("Articles").RightAligned().NoWrap())
            .AddColumn("Aliases");
        if (merges)
        {
            table.AddColumn("Merged ids");
        }

        foreach (var summary in entities)
        {
            var cells = new List<string>
            {
                Markup.Escape(summary.Entity.Id),
                Markup.Escape(summary.Entity.Name),
                summary.Entity.Type.ToString(),
                Number(summary.Mentions),
                Number(summary.Articles),
                Markup.Escape(Few(summary.Entity.Aliases)),
            };
            if (merges)
            {
                cells.Add($"[grey]{Markup.Escape(Few(summary.MergedIds))}[/]");
            }

            table.AddRow(cells.ToArray());
        }

        Terminal.Out.Write(table);
    }

    /// <summary>The longest table cell a list gets: the first few items and how many more (the JSON holds them all).</summary>
    internal const int ListedInCell = 4;

    private static string Few(IReadOnlyList<string> items) =>
        items.Count <= ListedInCell ? string.Join(", ", items) : string.Join(", ", items.Take(ListedInCell)) + $" … (+{items.Count - ListedInCell})";

    /// <summary>Prints <paramref name="candidates"/> (the first of <paramref name="total"/>), names looked up in <paramref name="names"/>.</summary>
    public static void RenderDuplicates(IReadOnlyList<DuplicateCandidate> candidates, int total, IReadOnlyDictionary<string, string> names, bool json)
    {
        if (json)
        {
            WriteJson(w =>
            {
                foreach (var candidate in candidates)
                {
                    w.WriteStartObject();
                    w.WriteString("keep", candidate.KeepId);
                    w.WriteString("other", candidate.OtherId);
                    w.WriteNumber("mentions", candidate.Mentions);
                    w.WriteString("evidence", candidate.Evidence);
                    w.WriteString("command", candidate.MergeCommand);
                    w.WriteEndObject();
                }
            });
            return;
        }

        if (total == 0)
        {
            Terminal.Out.MarkupLine("No likely duplicates.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Title(candidates.Count, total, "likely duplicates"))
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn("Keep").AddColumn("Other")
            .AddColumn(new TableColumn("Mentions").RightAligned()).AddColumn("Evidence");
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            table.AddRow(
                Number(i + 1),
                Markup.Escape(names.GetValueOrDefault(candidate.KeepId, candidate.KeepId)),
                Markup.Escape(names.GetValueOrDefault(candidate.OtherId, candidate.OtherId)),
                Number(candidate.Mentions),
                Markup.Escape(candidate.Evidence));
        }

        Terminal.Out.Write(table);

        // The commands below the table, one a line and never wrapped, to copy and run as they are.
        Terminal.Out.MarkupLine("To merge them:");
        for (int i = 0; i < candidates.Count; i++)
        {
            Terminal.Out.MarkupLine($"{Number(i + 1),4}  {Markup.Escape(candidates[i].MergeCommand)}");
        }
    }

    /// <summary>One line per entity whose merge changed (or that nothing changed), then the count merged away.</summary>
    public static void RenderChanges(ResolutionOutcome outcome)
    {
        foreach (var change in outcome.Changes)
        {
            switch (change.Before, change.After)
            {
                case (null, { } after):
                    Terminal.Line("merged", "32", $"   {change.Id} into {after} ({change.Reason})");
                    break;
                case ({ } before, null):
                    Terminal.Line("unmerged", "33", $" {change.Id} (was in {before})");
                    break;
                case ({ } before, { } after) when before != after:
                    Terminal.Line("moved", "32", $"    {change.Id} from {before} into {after} ({change.Reason})");
                    break;
                default:
                    Terminal.Line("kept", "32", $"     {change.Id} in {change.After} ({change.Reason})");
                    break;
            }
        }

        if (outcome.Changes.Count == 0)
        {
            Terminal.Line("No change.", "0", string.Empty);
        }

        Terminal.Line("Merged", "1", $"     {Number(outcome.Merged)} entities into others");
    }

    private static string Title(int shown, int total, string what) =>
        shown == total ? $"{Number(total)} {what}" : $"{Number(shown)} of {Number(total)} {what}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    // A JSON array of what `write` writes, to standard output, ending in a newline.
    private static void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, JsonOptions))
        {
            w.WriteStartArray();
            write(w);
            w.WriteEndArray();
        }

        stdout.Write("\n"u8);
    }
}
