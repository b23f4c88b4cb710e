using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Graph.View.Api;

/// <summary>
/// A request's query parameters, read strictly: a value given twice, a number out of range or a date not of
/// the form yyyy-MM-dd is a 400 naming the parameter. Unknown parameters are ignored.
/// </summary>
public sealed class QueryParameters
{
    /// <summary>The longest text value accepted (a search query, a name).</summary>
    public const int MaxTextLength = 200;

    private readonly Dictionary<string, StringValues> _values;

    /// <summary>Wraps the parameters of one request.</summary>
    public QueryParameters(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            _values[key] = _values.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : value;
        }
    }

    /// <summary>No parameters.</summary>
    public static QueryParameters None { get; } = new([]);

    /// <summary>Parameters from plain pairs (tests, the command line).</summary>
    public static QueryParameters Of(params (string Name, string Value)[] pairs) =>
        new(pairs.Select(p => new KeyValuePair<string, StringValues>(p.Name, p.Value)));

    /// <summary>The text of <paramref name="name"/>, or null when absent or empty.</summary>
    public string? Text(string name)
    {
        if (!_values.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw new ApiException($"{name}: given more than once");
        }

        string? value = values[0];
        if (value is not null && value.Length > MaxTextLength)
        {
            throw new ApiException($"{name}: longer than {MaxTextLength} characters");
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The integer <paramref name="name"/> in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        string? text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new ApiException($"{name}: expected a whole number from {min} to {max}");
        }

        return value;
    }

    /// <summary>The date <paramref name="name"/> (yyyy-MM-dd), or null when absent.</summary>
    public DateOnly? Date(string name)
    {
        string? text = Text(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ApiException($"{name}: expected a date as yyyy-MM-dd");
    }

    /// <summary>The comma-separated items of <paramref name="name"/>, trimmed, or null when absent.</summary>
    public IReadOnlyList<string>? List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The text of <paramref name="name"/>, which must be given.</summary>
    public string Required(string name) => Text(name) ?? throw new ApiException($"{name}: required");
}
