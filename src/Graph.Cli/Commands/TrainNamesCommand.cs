using System.Diagnostics;
using Graph.Cli.Output;
using Graph.Extraction.Resources;
using Graph.Syntax;
using Graph.Syntax.Evaluation;
using Graph.Syntax.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph train-names</c>: train the name recognizer on Universal NER and GUM's named mentions (the documents of the
/// gold sets held out), with the tags of the built-in syntax model and the name words of the built-in
/// gazetteer (<see cref="NameLexiconSource"/>), write it, and score it on the test file.
/// </summary>
internal sealed class TrainNamesCommand : Command<TrainNamesSettings>
{
    /// <summary>File name of the model in the output folder.</summary>
    public const string ModelFile = "en.names.bin";

    /// <summary>Copies of each annotated sentence with its names replaced by known ones (<see cref="NameSubstitution"/>).</summary>
    private const int CopyRounds = 2;

    /// <inheritdoc />
    public override int Execute(CommandContext context, TrainNamesSettings settings, CancellationToken cancellationToken)
    {
        var train = new List<NameSentence>();
        int gumDocuments;
        try
        {
            train.AddRange(IobReader.ReadFile(settings.Uner));
            var gum = GumNameReader.TrainingFiles(settings.Gum);
            gumDocuments = gum.Count;
            foreach (string file in gum)
            {
                train.AddRange(GumNameReader.ReadFile(file));
            }
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            Terminal.Error("error: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        var gazetteer = ExtractionResources.Default.Gazetteer;
        var lexicon = NameLexiconSource.From(gazetteer);
        var copies = new NameSubstitution(NameLexiconSource.Names(gazetteer)).Copies(train, CopyRounds, settings.Seed);
        Terminal.Err.MarkupLine(
            $"[grey]Training on {train.Count:N0} sentences ({train.Sum(s => s.Words.Count):N0} words; {gumDocuments} GUM documents, {GumNameReader.HeldOutDocuments.Count} held out) " +
            $"and {copies.Count:N0} copies with known names substituted[/]");
        train.AddRange(copies);
        var options = new NameTrainingOptions { Iterations = settings.Iterations, Seed = settings.Seed };
        var clock = Stopwatch.StartNew();
        var model = TrainingProgressView.Run(progress => NameTrainer.Train(train, SyntaxModel.Default, lexicon, options, progress));
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

        Terminal.Err.MarkupLine($"[green]Wrote[/] {Markup.Escape(path)} ({new FileInfo(path).Length / 1048576.0:0.00} MB, {model.WeightCount:N0} weights, {lexicon.Count:N0} name words) after {trainingTime.TotalSeconds:0} s of training");
        NameScores scores;
        try
        {
            scores = NameEvaluation.Evaluate(model, SyntaxModel.Default, IobReader.ReadFile(settings.Test));
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            Terminal.Error("error: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        var table = new Table().AddColumns("Type", "Gold", "Found", "Precision", "Recall", "F1");
        foreach (var (type, counts) in scores.PerType)
        {
            AddRow(table, type.ToString(), counts);
        }

        AddRow(table, "all (micro)", scores.Micro);
        Terminal.Out.Write(table);
        return ExitCodes.Success;
    }

    private static void AddRow(Table table, string name, NameCounts c) =>
        table.AddRow(name, c.Gold.ToString("N0"), c.Predicted.ToString("N0"), c.Precision.ToString("0.0000"), c.Recall.ToString("0.0000"), c.F1.ToString("0.0000"));
}
