using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Bolt;
using Graph.Neo4j.Queries;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// The query output's JSON as System.Text.Json writes it (indented, relaxed escaping): the reference the
/// product's own writer must match byte for byte, so scripts reading <c>graph query --format json</c> see no change.
/// </summary>
internal static class SystemTextJsonReference
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(IReadOnlyList<string> keys, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (int i = 0; i < keys.Count; i++)
                {
                    json.WritePropertyName(keys[i]);
                    WriteValue(json, i < row.Count ? row[i] : null);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return output.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
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
                WriteValue(json, node.Labels);
                json.WritePropertyName("properties");
                WriteValue(json, node.Properties);
                json.WriteEndObject();
                break;
            case Relationship rel:
                json.WriteStartObject();
                json.WriteString("elementId", rel.ElementId);
                json.WriteString("type", rel.Type);
                json.WriteString("start", rel.StartNodeElementId);
                json.WriteString("end", rel.EndNodeElementId);
                json.WritePropertyName("properties");
                WriteValue(json, rel.Properties);
                json.WriteEndObject();
                break;
            case Graph.Bolt.Path path:
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                WriteValue(json, path.Nodes);
                json.WritePropertyName("relationships");
                WriteValue(json, path.Relationships);
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(QueryOutput.FormatText(value));
                break;
        }
    }
}
