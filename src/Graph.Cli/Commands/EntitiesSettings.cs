using System.ComponentModel;
using Graph.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph entities</c>: which canonical entities to list, and how.</summary>
internal sealed class EntitiesSettings : EntitiesListingSettings
{
    /// <summary>Only entities of this type.</summary>
    [CommandOption("--type <TYPE>")]
    [Description("Only entities of this type: person, organization, country, city, region, group or event")]
    public string? Type { get; init; }

    /// <summary>Only entities whose name or an alias contains this text.</summary>
    [CommandOption("--name <TEXT>")]
    [Description("Only entities whose name or an alias contains TEXT (case and accents ignored)")]
    public string? Name { get; init; }

    /// <summary>The parsed <see cref="Type"/>, null when not given.</summary>
    public EntityType? EntityType => Type is null ? null : ParseType(Type);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Type is not null && ParseType(Type) is null)
        {
            return ValidationResult.Error($"--type: unknown type '{Type}' (expected {string.Join(", ", Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant()))})");
        }

        return base.Validate();
    }

    private static EntityType? ParseType(string text) =>
        Enum.TryParse(text, ignoreCase: true, out EntityType type) && Enum.IsDefined(type) && !int.TryParse(text, out _) ? type : null;
}
