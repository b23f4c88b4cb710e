using Graph.Ingestion;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>Runs an ingest with a progress bar on interactive terminals and periodic lines otherwise.</summary>
internal static class IngestProgressView
{
    private const int LineEvery = 100;

    /// <summary>
    /// Runs <paramref name="ingestor"/> over <paramref name="paths"/>, handing each result to <paramref name="completed"/>
    /// in input order, and prints each failure as one line.
    /// </summary>
    public static IngestReport Run(Ingestor ingestor, IReadOnlyList<string> paths, Action<ArticleResult> completed, CancellationToken cancellationToken)
    {
        IngestReport report;
        if (Terminal.Err.Profile.Capabilities.Interactive)
        {
            report = Terminal.Err.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Ingesting articles", maxValue: 1);
                    var progress = new SynchronousProgress<IngestProgress>(p =>
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                        task.Description = Markup.Escape($"Ingesting {Path.GetFileName(p.Latest.Path)}");
                    });
                    return ingestor.Run(paths, progress, cancellationToken, completed);
                });
        }
        else
        {
            report = ingestor.Run(
                paths,
                new SynchronousProgress<IngestProgress>(p =>
                {
                    if (p.Done % LineEvery == 0 && p.Done < p.Total)
                    {
                        Terminal.Err.MarkupLine($"[grey]… {p.Done}/{p.Total} articles[/]");
                    }
                }),
                cancellationToken,
                completed);
        }

        foreach (string failure in report.Failures)
        {
            Terminal.Error("error: " + failure);
        }

        return report;
    }
}
