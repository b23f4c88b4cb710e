using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph entities split A B…</c>.</summary>
internal sealed class EntitiesSplitSettings : StoreSettings
{
    /// <summary>The entity kept apart.</summary>
    [CommandArgument(0, "<A>")]
    [Description("An entity")]
    public string First { get; init; } = string.Empty;

    /// <summary>The entities never to be merged with <see cref="First"/>.</summary>
    [CommandArgument(1, "<B>")]
    [Description("One or more entities never to be merged with A")]
    public string[] Others { get; init; } = [];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Others.Length == 0 ? ValidationResult.Error("give A and at least one B") : ValidationResult.Success();
}
