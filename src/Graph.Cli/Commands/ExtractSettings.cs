using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph extract</c>.</summary>
internal sealed class ExtractSettings : CommandSettings
{
    /// <summary>The article file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("One article file (.txt .md .json .html)")]
    public string File { get; init; } = string.Empty;

    /// <summary>Output shape.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (the exchange format) or table. Default: json")]
    [DefaultValue("json")]
    public string Format { get; init; } = "json";

    /// <summary>Show why each fact exists.</summary>
    [CommandOption("--explain")]
    [Description("For every fact, show its sentence's parse (tokens, tags, heads, relations) and the pattern that produced it")]
    public bool Explain { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Format is "json" or "table" ? ValidationResult.Success() : ValidationResult.Error($"--format: unknown format '{Format}' (expected json or table)");
}
