using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph entities merge KEEP OTHER…</c>.</summary>
internal sealed class EntitiesMergeSettings : StoreSettings
{
    /// <summary>The entity kept (canonical).</summary>
    [CommandArgument(0, "<KEEP>")]
    [Description("The entity to keep: the canonical one")]
    public string Keep { get; init; } = string.Empty;

    /// <summary>The entities merged into <see cref="Keep"/>.</summary>
    [CommandArgument(1, "<OTHER>")]
    [Description("One or more entities to merge into KEEP")]
    public string[] Others { get; init; } = [];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Others.Length == 0 ? ValidationResult.Error("give KEEP and at least one OTHER") : ValidationResult.Success();
}
