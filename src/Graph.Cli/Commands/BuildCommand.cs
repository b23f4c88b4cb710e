using Graph.Cli.Commands.Neo4j;
using Graph.Cli.Exports;
using Graph.Cli.Output;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph build</c>: ingest articles into the store, then write extraction files and exports, then (with
/// <c>--neo4j</c>) push the store into Neo4j exactly as <c>graph push</c> does.
/// </summary>
internal sealed class BuildCommand : AsyncCommand<BuildSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        GraphStore store;
        try
        {
            store = GraphStore.Open(settings.Store);
        }
        catch (StoreException ex)
        {
            Terminal.Error("error: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        using (store)
        {
            var ingestor = new Ingestor(store, ExtractionPipeline.Default.Extract);
            var report = IngestProgressView.Run(ingestor, settings.EffectivePaths, cancellationToken);
            if (report.Interrupted)
            {
                Terminal.Warning(InterruptedLine(report));
                return ExitCodes.Cancelled;
            }

            bool outputsOk = ExtractionFiles.Write(report, Path.Combine(settings.Out, "extract"));
            var options = new ExportOptions(settings.BaseIri);
            foreach (var format in settings.RdfFormats.Append(ExportFormats.Find("cypher")!))
            {
                outputsOk &= WriteExport(store, format, Path.Combine(settings.Out, format.FileName), options);
            }

            SummaryView.Render(report, store.Statistics(), settings.Out);
            bool pushOk = !settings.Pushes || await StorePush.RunAsync(store, settings, cancellationToken) == ExitCodes.Success;
            return report.Failed == 0 && outputsOk && pushOk ? ExitCodes.Success : ExitCodes.InputFailed;
        }
    }

    /// <summary>What an interrupted build left: how many articles are stored, and that running again continues.</summary>
    internal static string InterruptedLine(IngestReport report) =>
        $"interrupted: {report.Read} of {report.Found} articles stored ({report.Added} added, {report.Unchanged} already there"
        + (report.Failed > 0 ? $", {report.Failed} failed" : "")
        + $"); the store is intact and running the same command again continues with the other {report.Found - report.Results.Count}.";

    private static bool WriteExport(GraphStore store, ExportFormat format, string path, ExportOptions options)
    {
        try
        {
            AtomicFile.Write(path, writer =>
            {
                format.Write(store, writer, options);
                return true;
            });
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {path}: cannot write: {ex.Message}");
            return false;
        }
    }
}
