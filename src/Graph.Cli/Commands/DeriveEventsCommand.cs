using System.Globalization;
using Graph.Cli.Output;
using Graph.Extraction.Resources;
using Graph.Extraction.Resources.Derivation;
using Graph.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph derive-events</c>: regenerates the event-pattern lexicon from the CAMEO verb dictionary and the
/// project's own rows, and prints what it made and skipped.
/// </summary>
internal sealed class DeriveEventsCommand : Command<DeriveEventsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DeriveEventsSettings settings, CancellationToken cancellationToken)
    {
        string? cameo = ReadInput(settings.Cameo), project = ReadInput(settings.Project), exclude = ReadInput(settings.Exclude);
        if (cameo is null || project is null || exclude is null)
        {
            return ExitCodes.InputFailed;
        }

        IReadOnlyList<EventPattern> patterns;
        DerivationCounts counts;
        try
        {
            (patterns, counts) = EventPatternDerivation.Run(cameo, Path.GetFileName(settings.Cameo), project, exclude);
        }
        catch (ProjectRowsException ex)
        {
            Terminal.Error($"error: {(ex.File == ProjectFile.Project ? settings.Project : settings.Exclude)}: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        try
        {
            AtomicFile.Write(settings.Out, writer =>
            {
                EventPatternWriter.Write(writer, patterns);
                return true;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {settings.Out}: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        Render(settings.Out, patterns, counts);
        return ExitCodes.Success;
    }

    private static string? ReadInput(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string reason = ex is FileNotFoundException or DirectoryNotFoundException ? "not found" : ex.Message;
            Terminal.Error($"error: {path}: {reason}");
            return null;
        }
    }

    private static void Render(string output, IReadOnlyList<EventPattern> patterns, DerivationCounts counts)
    {
        // Plain lines, never wrapped: scripts and the reproducibility notes quote them.
        int derived = patterns.Count(p => p.Origin != EventPattern.ProjectOrigin);
        Console.Out.WriteLine($"Wrote {output}: {patterns.Count} rows ({derived} derived, {patterns.Count - derived} project)");
        Console.Out.WriteLine(
            $"Read {counts.Synsets} synsets, {counts.Blocks} verb blocks, {counts.VerbLines} verb lines, "
            + $"{counts.PatternLines} patterns, {counts.Transformations} transformations (not used)");
        Console.Out.WriteLine(
            $"Rows {counts.CandidateRows} made, {counts.DuplicateRows} dropped as another reading of the same key ({counts.ConflictingKeys} "
            + $"with two predicates), {counts.ExcludedRows} excluded, {counts.ProjectOverrides} overlapped by project rows");
        var console = Terminal.Out;
        console.Write(Table("Rows by predicate", "Predicate", patterns
            .GroupBy(p => PredicateInfo.Of(p.Predicate).Name)
            .Select(g => (g.Key, g.Count()))));
        console.Write(Table("Patterns skipped", "Reason", counts.SkippedPatterns.Select(kv => (kv.Key, kv.Value))));
        console.Write(Table("Codes dropped (patterns and verb lines)", "Reason", counts.DroppedCodes.Select(kv => (kv.Key, kv.Value))));
        console.Write(Table("Verb lines without a row of their own", "Reason", counts.SkippedVerbLines.Select(kv => (kv.Key, kv.Value))));
        console.Write(Table("Verb-pattern pairs skipped", "Reason", counts.SkippedCombinations.Select(kv => (kv.Key, kv.Value))));
    }

    private static Table Table(string title, string column, IEnumerable<(string Key, int Count)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title).AddColumn(column).AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (key, count) in rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(key), count.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }
}
