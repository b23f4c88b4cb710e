using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>The options the listing commands (<c>graph entities</c>, <c>graph entities duplicates</c>) share: how many, in which shape.</summary>
internal abstract class EntitiesListingSettings : StoreSettings
{
    /// <summary>How many to list.</summary>
    [CommandOption("--top <N>")]
    [Description("List the N mentioned most. Default: 50")]
    [DefaultValue(50)]
    public int Top { get; init; } = 50;

    /// <summary>Output shape.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table or json. Default: table")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>--top at least 1, --format table or json.</summary>
    public override ValidationResult Validate()
    {
        if (Top < 1)
        {
            return ValidationResult.Error($"--top: must be at least 1 (got {Top})");
        }

        return Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: unknown format '{Format}' (expected table or json)");
    }
}
