using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph entities duplicates</c>.</summary>
internal sealed class EntitiesDuplicatesSettings : StoreSettings
{
    /// <summary>How many to list.</summary>
    [CommandOption("--top <N>")]
    [Description("List the N candidates mentioned most. Default: 50")]
    [DefaultValue(50)]
    public int Top { get; init; } = 50;

    /// <summary>Output shape.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table or json. Default: table")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate() => EntitiesListing.Validate(Top, Format);
}
