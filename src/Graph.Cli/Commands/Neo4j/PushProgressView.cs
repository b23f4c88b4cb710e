using Graph.Cli.Output;
using Graph.Model;
using Graph.Neo4j;
using Spectre.Console;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>Runs a push with a progress bar on interactive terminals and periodic lines otherwise.</summary>
internal static class PushProgressView
{
    private const int LineEvery = 50;

    /// <summary>Pushes <paramref name="source"/> and reports progress on standard error.</summary>
    public static async Task<Neo4jPushResult> RunAsync(Neo4jPusher pusher, IGraphSource source, CancellationToken cancellationToken)
    {
        if (!Terminal.Err.Profile.Capabilities.Interactive)
        {
            return await pusher.PushAsync(
                source,
                new SynchronousProgress<Neo4jPushProgress>(p =>
                {
                    if (p.BatchNumber % LineEvery == 0)
                    {
                        Terminal.Err.MarkupLine($"[grey]… batch {p.BatchNumber}: {p.RowsDone:N0}/{p.TotalRows:N0} rows[/]");
                    }
                }),
                cancellationToken);
        }

        return await Terminal.Err.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Creating schema", maxValue: 1);
                var progress = new SynchronousProgress<Neo4jPushProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.TotalRows);
                    task.Value = p.RowsDone;
                    task.Description = Markup.Escape($"Batch {p.BatchNumber} {p.Step}");
                });
                return await pusher.PushAsync(source, progress, cancellationToken);
            });
    }
}
