using Graph.Cli.Commands.Neo4j;
using Graph.Cli.Exports;
using Graph.Cli.Output;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Store.Resolution;
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
            // Extraction files are written as articles complete; an unchanged article is extracted again only
            // when its file is not in place.
            // The pipeline (and its syntax model) loads on the first article to extract: a rerun with nothing new
            // never loads it.
            ArticleExtraction Extract(ArticleDocument document) => ExtractionPipeline.Default.Extract(document);
            var files = new ExtractionFiles(Path.Combine(settings.Out, "extract"), Extract);
            var ingestor = new Ingestor(store, Extract) { ExtractUnchanged = document => !files.IsCurrent(document) };
            IngestReport report = IngestProgressView.Run(ingestor, settings.EffectivePaths, files.Add, cancellationToken);
            if (report.Interrupted)
            {
                // What was stored keeps its extraction file and index line, so a rerun continues from there.
                files.Complete();
                Terminal.Warning(InterruptedLine(report));
                return ExitCodes.Cancelled;
            }

            bool outputsOk = files.Complete();

            // Resolution is recomputed over the whole store once ingestion is over, before the exports read through it.
            var resolution = EntityDecisions.Resolve(store, UserDecisions.PathFor(settings.Store));
            outputsOk &= resolution is { Errors.Count: 0 };

            // Ingestion is over and its garbage is dead; the collector would keep that memory for later use and the
            // exports would add theirs on top. Handing it back first keeps the build's peak that of ingestion.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var options = new ExportOptions(settings.BaseIri);
            foreach (var format in settings.RdfFormats.Append(ExportFormats.Find("cypher")!))
            {
                outputsOk &= WriteExport(store, format, Path.Combine(settings.Out, format.FileName), options);
            }

            SummaryView.Render(report, store.Statistics(), settings.Out, resolution?.Merged ?? 0);
            bool pushOk = !settings.Pushes || await StorePush.RunAsync(store, settings, cancellationToken) == ExitCodes.Success;
            return report.Failed == 0 && outputsOk && pushOk ? ExitCodes.Success : ExitCodes.InputFailed;
        }
    }

    /// <summary>What an interrupted build left: how many articles are stored, and that running again continues.</summary>
    internal static string InterruptedLine(IngestReport report) =>
        $"interrupted: {report.Read} of {report.Found} articles stored ({report.Added} added, {report.Unchanged} already there"
        + (report.Failed > 0 ? $", {report.Failed} failed" : "")
        + $"); the store is intact and running the same command again continues with the other {report.Found - report.Handled}.";

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
