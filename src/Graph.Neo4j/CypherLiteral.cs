using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Neo4j;

/// <summary>
/// Writes values as Cypher literals for scripts, where there are no parameters. String literals are
/// escaped so that no text (quotes, backslashes, line breaks, comment markers, semicolons, control or
/// invisible formatting characters) can end the literal early or hide in it.
/// </summary>
/// <remarks>
/// Supported values: <c>null</c>, <see cref="string"/>, <see cref="bool"/>, integers (<see cref="int"/>,
/// <see cref="long"/>), finite <see cref="double"/>, <see cref="DateOnly"/> (as <c>date('yyyy-MM-dd')</c>),
/// lists (<see cref="IEnumerable"/>) and maps (<see cref="IReadOnlyDictionary{TKey, TValue}"/> with string
/// keys, written with keys in ordinal order so the output is deterministic).
/// </remarks>
public static class CypherLiteral
{
    /// <summary>The value as a Cypher literal.</summary>
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>A single-quoted Cypher string literal holding exactly <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2);
        AppendString(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a literal.</summary>
    public static void Append(StringBuilder builder, object? value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                AppendFloat(builder, number);
                break;
            case DateOnly date:
                builder.Append("date('").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("')");
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(builder, map);
                break;
            case IEnumerable list:
                AppendList(builder, list);
                break;
            default:
                throw new ArgumentException($"No Cypher literal for a value of type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void AppendMap(StringBuilder builder, IReadOnlyDictionary<string, object?> map)
    {
        builder.Append('{');
        bool first = true;
        foreach (string key in map.Keys.Order(StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            AppendKey(builder, key);
            builder.Append(": ");
            Append(builder, map[key]);
        }

        builder.Append('}');
    }

    private static void AppendList(StringBuilder builder, IEnumerable list)
    {
        builder.Append('[');
        bool first = true;
        foreach (object? item in list)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            Append(builder, item);
        }

        builder.Append(']');
    }

    private static void AppendKey(StringBuilder builder, string key)
    {
        bool plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_')
            && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (plain)
        {
            builder.Append(key);
        }
        else
        {
            // Backtick-quoted names escape a backtick by doubling it.
            builder.Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append('`');
        }
    }

    private static void AppendFloat(StringBuilder builder, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException("Cypher has no literal for NaN or infinity.", nameof(number));
        }

        // Shortest round-trip form; a decimal point keeps Cypher from reading it as an integer.
        string text = number.ToString("R", CultureInfo.InvariantCulture);
        builder.Append(text);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            builder.Append(".0");
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (NeedsUnicodeEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('\'');
    }

    /// <summary>
    /// Control characters, invisible formatting characters (bidirectional overrides, zero-width marks,
    /// byte-order mark), line and paragraph separators and unpaired surrogates are written as escapes:
    /// they would otherwise break lines, hide text from a reader or not survive UTF-8.
    /// </summary>
    private static bool NeedsUnicodeEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029'
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
