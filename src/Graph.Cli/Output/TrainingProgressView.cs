using Graph.Syntax;
using Graph.Syntax.Training;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>Runs a training with a progress bar on interactive terminals and a line per stage otherwise.</summary>
internal static class TrainingProgressView
{
    /// <summary>Trains a syntax model on <paramref name="train"/>.</summary>
    public static SyntaxModel Run(IReadOnlyList<ConlluSentence> train, TrainingOptions options) =>
        Run(progress => SyntaxTrainer.Train(train, options, progress));

    /// <summary>Runs <paramref name="train"/>, showing the progress it reports.</summary>
    public static T Run<T>(Func<IProgress<TrainingProgress>, T> train)
    {
        if (Terminal.Err.Profile.Capabilities.Interactive)
        {
            return Terminal.Err.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    ProgressTask? task = null;
                    var progress = new SynchronousProgress<TrainingProgress>(p =>
                    {
                        if (task is null || task.Description != Markup.Escape(p.Stage))
                        {
                            task?.StopTask();
                            task = ctx.AddTask(Markup.Escape(p.Stage), maxValue: p.Total);
                        }

                        task.Value = p.Done;
                    });
                    return train(progress);
                });
        }

        return train(new SynchronousProgress<TrainingProgress>(p =>
        {
            if (p.Done == p.Total)
            {
                Terminal.Err.MarkupLine($"[grey]… {Markup.Escape(p.Stage)}: {p.Total} passes done[/]");
            }
        }));
    }
}
