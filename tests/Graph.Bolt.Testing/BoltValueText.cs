using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Bolt.Testing;

/// <summary>
/// A canonical text of a Bolt value, so that a value a client sent (CLR types: <see cref="DateOnly"/>, arrays,
/// <c>int</c> …) can be compared with what the server decoded (<see cref="BoltDate"/>, lists, <c>long</c> …).
/// Map keys are sorted; strings are escaped so every character shows.
/// </summary>
public static class BoltValueText
{
    /// <summary>The canonical text of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">A value has no Bolt form this helper knows.</exception>
    public static string Canonical(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
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
            case long or int or short or sbyte or byte or ushort or uint:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                builder.Append("f:").Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                builder.Append("date(").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
                break;
            case BoltDate date:
                builder.Append("date(").Append(date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                bool first = true;
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(first ? "" : ", ");
                    first = false;
                    AppendString(builder, key);
                    builder.Append(": ");
                    Append(builder, item);
                }

                builder.Append('}');
                break;
            case IEnumerable list:
                builder.Append('[');
                bool firstItem = true;
                foreach (object? item in list)
                {
                    builder.Append(firstItem ? "" : ", ");
                    firstItem = false;
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"No canonical form for a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }
}
