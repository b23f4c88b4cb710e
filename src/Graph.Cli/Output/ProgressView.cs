using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>Collects the results of a long run, with a progress bar on interactive terminals and periodic lines otherwise.</summary>
internal static class ProgressView
{
    private const int LineEvery = 100;

    /// <summary>Enumerates <paramref name="items"/> (<paramref name="total"/> of them) into a list, showing progress on standard error.</summary>
    public static List<T> Collect<T>(IEnumerable<T> items, int total, string title, Func<T, string> describe)
    {
        var results = new List<T>(total);
        if (Terminal.Err.Profile.Capabilities.Interactive)
        {
            Terminal.Err.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(title), maxValue: Math.Max(total, 1));
                    foreach (T item in items)
                    {
                        results.Add(item);
                        task.Value = results.Count;
                        task.Description = Markup.Escape($"{title}: {describe(item)}");
                    }
                });
        }
        else
        {
            foreach (T item in items)
            {
                results.Add(item);
                if (results.Count % LineEvery == 0 && results.Count < total)
                {
                    Terminal.Err.MarkupLine($"[grey]… {results.Count}/{total} {Markup.Escape(title)}[/]");
                }
            }
        }

        return results;
    }
}
