using System.Collections;
using System.Globalization;
using System.Text;
using Graph.Bolt;
using Newtonsoft.Json;

namespace Graph.Neo4j.Queries;

/// <summary>Writes query results (values as the Bolt client returns them) as text, JSON or CSV.</summary>
public static class QueryOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>One value as display text: dates ISO 8601, lists <c>[a, b]</c>, maps <c>{k: v}</c>, nodes <c>(:Label {…})</c>.</summary>
    public static string FormatText(object? value) => value switch
    {
        null => "",
        string text => text,
        _ => Nested(value),
    };

    /// <summary>Writes the rows as a JSON array of objects keyed by column, in column order (UTF-8, indented by two spaces).</summary>
    public static void WriteJson(IReadOnlyList<string> keys, IEnumerable<IReadOnlyList<object?>> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StreamWriter(output, Utf8, leaveOpen: true);
        using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ', CloseOutput = false };
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (int i = 0; i < keys.Count; i++)
            {
                WriteJsonProperty(json, keys[i], i < row.Count ? row[i] : null);
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

    private static void WriteJsonValue(JsonTextWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull();
                break;
            case string text:
                json.WriteRawValue(JsonString.Quote(text));
                break;
            case bool flag:
                json.WriteValue(flag);
                break;
            case long number:
                json.WriteValue(number);
                break;
            case int number:
                json.WriteValue(number);
                break;
            case double real when double.IsFinite(real):
                // Shortest text that reads back as the same double ("1", "0.1", "1E+20"), never a culture's.
                json.WriteRawValue(real.ToString("R", CultureInfo.InvariantCulture));
                break;
            case Node node:
                json.WriteStartObject();
                WriteJsonProperty(json, "elementId", node.ElementId);
                WriteJsonProperty(json, "labels", node.Labels);
                WriteJsonProperty(json, "properties", node.Properties);
                json.WriteEndObject();
                break;
            case Relationship rel:
                json.WriteStartObject();
                WriteJsonProperty(json, "elementId", rel.ElementId);
                WriteJsonProperty(json, "type", rel.Type);
                WriteJsonProperty(json, "start", rel.StartNodeElementId);
                WriteJsonProperty(json, "end", rel.EndNodeElementId);
                WriteJsonProperty(json, "properties", rel.Properties);
                json.WriteEndObject();
                break;
            case Graph.Bolt.Path path:
                json.WriteStartObject();
                WriteJsonProperty(json, "nodes", path.Nodes);
                WriteJsonProperty(json, "relationships", path.Relationships);
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    WriteJsonProperty(json, key, item);
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
                json.WriteRawValue(JsonString.Quote(FormatText(value)));
                break;
        }
    }

    private static void WriteJsonProperty(JsonTextWriter json, string name, object? value)
    {
        json.WritePropertyName(JsonString.Quote(name)[1..^1], escape: false);
        WriteJsonValue(json, value);
    }
}
