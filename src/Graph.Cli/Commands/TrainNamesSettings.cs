using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph train-names</c>.</summary>
internal sealed class TrainNamesSettings : CommandSettings
{
    /// <summary>The Universal NER file trained on.</summary>
    [CommandOption("--uner <FILE>")]
    [Description("Universal NER annotations (IOB2) trained on. Default: ../shared/nlp/uner-ewt/en_ewt-ud-dev.iob2")]
    [DefaultValue("../shared/nlp/uner-ewt/en_ewt-ud-dev.iob2")]
    public string Uner { get; init; } = "../shared/nlp/uner-ewt/en_ewt-ud-dev.iob2";

    /// <summary>The GUM folder whose named mentions are trained on.</summary>
    [CommandOption("--gum <DIR>")]
    [Description("GUM folder (GUM_*.conllu) whose named mentions are trained on, the gold sets' documents held out. Default: ../shared/nlp/gum")]
    [DefaultValue("../shared/nlp/gum")]
    public string Gum { get; init; } = "../shared/nlp/gum";

    /// <summary>The Universal NER file the model is scored on.</summary>
    [CommandOption("--test <FILE>")]
    [Description("Universal NER annotations (IOB2) the model is scored on, never trained on. Default: ../shared/nlp/uner-ewt/en_ewt-ud-test.iob2")]
    [DefaultValue("../shared/nlp/uner-ewt/en_ewt-ud-test.iob2")]
    public string Test { get; init; } = "../shared/nlp/uner-ewt/en_ewt-ud-test.iob2";

    /// <summary>Where the model file goes.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder for the model file en.names.bin. Default: data/models")]
    [DefaultValue("data/models")]
    public string Out { get; init; } = "data/models";

    /// <summary>Training passes.</summary>
    [CommandOption("--iterations <N>")]
    [Description("Passes over the training sentences. Default: 12")]
    [DefaultValue(12)]
    public int Iterations { get; init; } = 12;

    /// <summary>Seed of shuffling.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of shuffling; the same data and seed give the same model bytes. Default: 1")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Iterations < 1 ? ValidationResult.Error("--iterations: must be at least 1") : ValidationResult.Success();
}
