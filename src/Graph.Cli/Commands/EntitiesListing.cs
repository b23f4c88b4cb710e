using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>The checks the listing commands (<c>graph entities</c>, <c>graph entities duplicates</c>) share.</summary>
internal static class EntitiesListing
{
    /// <summary>--top at least 1, --format table or json.</summary>
    public static ValidationResult Validate(int top, string format)
    {
        if (top < 1)
        {
            return ValidationResult.Error($"--top: must be at least 1 (got {top})");
        }

        return format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: unknown format '{format}' (expected table or json)");
    }
}
