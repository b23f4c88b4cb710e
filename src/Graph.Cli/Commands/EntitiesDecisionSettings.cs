using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph entities merge KEEP OTHER…</c> and <c>graph entities split A B…</c>.</summary>
internal sealed class EntitiesDecisionSettings : StoreSettings
{
    /// <summary>KEEP of a merge, A of a split.</summary>
    [CommandArgument(0, "<ID>")]
    [Description("merge: the entity to keep (canonical); split: the entity to keep apart from the others")]
    public string First { get; init; } = string.Empty;

    /// <summary>The entities merged into (or kept apart from) <see cref="First"/>.</summary>
    [CommandArgument(1, "<OTHER_IDS>")]
    [Description("merge: the entities merged into ID; split: the entities never to be merged with ID")]
    public string[] Others { get; init; } = [];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Others.Length == 0 ? ValidationResult.Error("give at least two entity ids") : ValidationResult.Success();
}
