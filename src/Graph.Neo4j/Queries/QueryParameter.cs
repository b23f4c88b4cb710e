using System.Globalization;
using Graph.Model;

namespace Graph.Neo4j.Queries;

/// <summary>A parameter a query declares in its header.</summary>
/// <param name="Name">Name, as used in the query (<c>$name</c>).</param>
/// <param name="Type">Declared type.</param>
/// <param name="Example">Example value as text; also the value used when the caller gives none.</param>
/// <param name="Description">What the parameter means.</param>
public sealed record QueryParameter(string Name, QueryParameterType Type, string Example, string Description)
{
    /// <summary>The value of a <see cref="QueryParameterType.Status"/> parameter that selects facts of every status.</summary>
    public const string AnyStatus = "any";

    /// <summary>The declared type as written in headers (<c>int</c>, <c>float</c>, <c>bool</c>, <c>date</c>, <c>string</c>, <c>status</c>).</summary>
    public string TypeName => Type.ToString().ToLowerInvariant();

    /// <summary>Converts <paramref name="text"/> to a value of the declared type.</summary>
    /// <exception cref="FormatException">The text is not a value of that type.</exception>
    public object Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        object? value = Convert(Type, text);
        return value ?? throw new FormatException($"Parameter '{Name}' takes a {TypeName}{FormatHint}; '{text}' is not one.");
    }

    /// <summary>
    /// The value of a parameter no header declares, typed by its text: an integer, a finite number, true or
    /// false, a yyyy-MM-dd date, else a string. Text in double quotes is always a string, quotes removed.
    /// </summary>
    public static object Infer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
        {
            return trimmed[1..^1];
        }

        return Convert(QueryParameterType.Int, trimmed) ?? Convert(QueryParameterType.Float, trimmed)
            ?? Convert(QueryParameterType.Bool, trimmed) ?? Convert(QueryParameterType.Date, trimmed) ?? text;
    }

    // The value of the text as the type, or null when it is not one.
    private static object? Convert(QueryParameterType type, string text)
    {
        string trimmed = text.Trim();
        return type switch
        {
            QueryParameterType.Int => long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? n : null,
            QueryParameterType.Float => double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
                && double.IsFinite(d) ? d : null,
            QueryParameterType.Bool => bool.TryParse(trimmed, out bool b) ? b : null,
            QueryParameterType.Date => DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : null,
            QueryParameterType.Status => string.Equals(trimmed, AnyStatus, StringComparison.OrdinalIgnoreCase) ? AnyStatus
                : FactStatuses.TryParse(trimmed, out FactStatus status) ? status.Name() : null,
            _ => text,
        };
    }

    private string FormatHint => Type switch
    {
        QueryParameterType.Date => " (yyyy-MM-dd)",
        QueryParameterType.Bool => " (true or false)",
        QueryParameterType.Status => $" ({string.Join(", ", FactStatuses.All.Select(s => s.Name()))} or {AnyStatus})",
        _ => "",
    };
}
