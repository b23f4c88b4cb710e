using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph eval</c>.</summary>
internal sealed class EvalSettings : CommandSettings
{
    /// <summary>The folder of annotated articles.</summary>
    [CommandArgument(0, "<GOLD_DIR>")]
    [Description("Folder of articles (.txt .md .json .html), each annotated by a NAME.gold.json file beside it; read recursively")]
    public string GoldDir { get; init; } = string.Empty;

    /// <summary>True to list what extraction missed or got wrong.</summary>
    [CommandOption("--errors")]
    [Description("Also list, per article, missed and spurious facts with their sentences and unaligned or mistyped entities")]
    public bool Errors { get; init; }

    /// <summary>Output shape.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table or json. Default: table")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: unknown format '{Format}' (expected table or json)");
}
