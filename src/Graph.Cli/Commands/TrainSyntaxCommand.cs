using System.Diagnostics;
using Graph.Cli.Output;
using Graph.Syntax;
using Graph.Syntax.Evaluation;
using Graph.Syntax.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph train-syntax</c>: train the syntax model on a treebank, write it, and score it on dev and test.</summary>
internal sealed class TrainSyntaxCommand : Command<TrainSyntaxSettings>
{
    /// <summary>File name of the model in the output folder.</summary>
    public const string ModelFile = "en-ewt.syntax.bin";

    /// <inheritdoc />
    public override int Execute(CommandContext context, TrainSyntaxSettings settings, CancellationToken cancellationToken)
    {
        TreebankFiles files;
        IReadOnlyList<ConlluSentence> train;
        try
        {
            files = TreebankFiles.Find(settings.Treebank);
            train = ConlluReader.ReadFile(files.Train);
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            Terminal.Error("error: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        var options = new TrainingOptions { ParserIterations = settings.Iterations, TaggerIterations = settings.TaggerIterations, Seed = settings.Seed };
        var clock = Stopwatch.StartNew();
        var model = TrainingProgressView.Run(train, options);
        var trainingTime = clock.Elapsed;

        string path = Path.Combine(settings.Out, ModelFile);
        try
        {
            AtomicFile.WriteBytes(path, model.Save);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {path}: cannot write: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        Terminal.Err.MarkupLine($"[green]Wrote[/] {Markup.Escape(path)} ({new FileInfo(path).Length / 1048576.0:0.0} MB) after {trainingTime.TotalMinutes:0.0} min of training");
        var table = new Table().AddColumns("Set", "Words", "UPOS", "XPOS", "Lemma", "UAS", "LAS", "Tokenizer F1");
        foreach (var (name, file) in new[] { ("dev", files.Dev), ("test", files.Test) })
        {
            if (file is null)
            {
                continue;
            }

            try
            {
                var gold = ConlluReader.ReadFile(file);
                var scores = SyntaxEvaluation.Evaluate(model, gold);
                var tokens = TokenizerEvaluation.Evaluate(gold);
                table.AddRow(name, scores.Words.ToString("N0"), P(scores.Upos), P(scores.Xpos), P(scores.Lemma), P(scores.Uas), P(scores.Las), P(tokens.F1));
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                Terminal.Error("error: " + ex.Message);
                return ExitCodes.InputFailed;
            }
        }

        Terminal.Out.Write(table);
        return ExitCodes.Success;
    }

    private static string P(double value) => value.ToString("0.0000");
}
