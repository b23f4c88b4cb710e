using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Bolt;

namespace Graph.Neo4j.Queries;

/// <summary>Writes query results (values as the Bolt client returns them) as text, JSON or CSV.</summary>
public static class QueryOutput
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One value as display text: dates ISO 8601, lists <c>[a, b]</c>, maps <c>{k: v}</c>, nodes <c>(:Label {…})</c>.</summary>
    public static string FormatText(object? value) => value switch
    {
        null => "",
        string text => text,
        _ => Nested(value),
    };

    /// <summary>Writes the rows as a JSON array of objects keyed by column, in column order.</summary>
    public static void WriteJson(IReadOnlyList<string> keys, IEnumerable<IReadOnlyList<object?>> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (int i = 0; i < keys.Count; i++)
            {
                json.WritePropertyName(keys[i]);
                WriteJsonValue(json, i < row.Count ? row[i] : null);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the rows as CSV (RFC 4180: a header line, fields quoted when needed, CRLF line ends).</summary>
    public static void WriteCsv(IReadOnlyList<string> keys, IEnumerable<IReadOnlyList<object?>> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', keys.Select(CsvField)));
        output.Write("\r\n");
        foreach (var row in rows)
        {
            output.Write(string.Join(',', Enumerable.Range(0, keys.Count).Select(i => CsvField(FormatText(i < row.Count ? row[i] : null)))));
            output.Write("\r\n");
        }
    }

    private static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Nested(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        float real => real.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number and (long or int or short or byte) => number.ToString(null, CultureInfo.InvariantCulture),
        Node node => "(:" + string.Join(':', node.Labels) + " " + Map(node.Properties) + ")",
        Relationship rel => "[:" + rel.Type + " " + Map(rel.Properties) + "]",
        Graph.Bolt.Path path => string.Join(" ", path.Nodes.Select(n => Nested(n))),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Nested)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Nested(p.Value))) + "}";

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case double real when double.IsFinite(real):
                json.WriteNumberValue(real);
                break;
            case Node node:
                json.WriteStartObject();
                json.WriteString("elementId", node.ElementId);
                json.WritePropertyName("labels");
                WriteJsonValue(json, node.Labels);
                json.WritePropertyName("properties");
                WriteJsonValue(json, node.Properties);
                json.WriteEndObject();
                break;
            case Relationship rel:
                json.WriteStartObject();
                json.WriteString("elementId", rel.ElementId);
                json.WriteString("type", rel.Type);
                json.WriteString("start", rel.StartNodeElementId);
                json.WriteString("end", rel.EndNodeElementId);
                json.WritePropertyName("properties");
                WriteJsonValue(json, rel.Properties);
                json.WriteEndObject();
                break;
            case Graph.Bolt.Path path:
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                WriteJsonValue(json, path.Nodes);
                json.WritePropertyName("relationships");
                WriteJsonValue(json, path.Relationships);
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WritePropertyName(key);
                    WriteJsonValue(json, item);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteJsonValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                // Temporal values, points and non-finite floats: their text form (ISO 8601 for temporals).
                json.WriteStringValue(FormatText(value));
                break;
        }
    }
}
