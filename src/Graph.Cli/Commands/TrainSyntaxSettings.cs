using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph train-syntax</c>.</summary>
internal sealed class TrainSyntaxSettings : CommandSettings
{
    /// <summary>The treebank folder.</summary>
    [CommandOption("--treebank <DIR>")]
    [Description("Universal Dependencies treebank folder with *-ud-train/dev/test.conllu. Default: ../shared/nlp/ud-ewt")]
    [DefaultValue("../shared/nlp/ud-ewt")]
    public string Treebank { get; init; } = "../shared/nlp/ud-ewt";

    /// <summary>Where the model file goes.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder for the model file en-ewt.syntax.bin. Default: data/models")]
    [DefaultValue("data/models")]
    public string Out { get; init; } = "data/models";

    /// <summary>Parser training passes.</summary>
    [CommandOption("--iterations <N>")]
    [Description("Passes over the training sentences for the parser. Default: 20")]
    [DefaultValue(20)]
    public int Iterations { get; init; } = 20;

    /// <summary>Tagger training passes.</summary>
    [CommandOption("--tagger-iterations <N>")]
    [Description("Passes over the training sentences for the tagger. Default: 10")]
    [DefaultValue(10)]
    public int TaggerIterations { get; init; } = 10;

    /// <summary>Seed of shuffling and exploration.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of shuffling and exploration; the same data and seed give the same model bytes. Default: 1")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Iterations < 1 ? ValidationResult.Error("--iterations: must be at least 1")
        : TaggerIterations < 1 ? ValidationResult.Error("--tagger-iterations: must be at least 1")
        : ValidationResult.Success();
}
