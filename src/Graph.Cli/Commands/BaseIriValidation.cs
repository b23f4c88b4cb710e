using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>Checks a <c>--base</c> value: an absolute http(s) IRI ending in <c>/</c> or <c>#</c>.</summary>
internal static class BaseIriValidation
{
    /// <summary>Success, or an error naming the option and the reason.</summary>
    public static ValidationResult Validate(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && (value.EndsWith('/') || value.EndsWith('#'))
            ? ValidationResult.Success()
            : ValidationResult.Error($"--base: '{value}' is not an absolute http(s) IRI ending in / or #");
}
