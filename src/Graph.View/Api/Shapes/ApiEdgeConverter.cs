using Newtonsoft.Json;

namespace Graph.View.Api.Shapes;

/// <summary>
/// Writes an <see cref="ApiEdge"/> field by field, as the API's settings would (camelCase, nulls left out,
/// declaration order), without reflection: the landing view, neighbour pages and the dump hold thousands of them.
/// </summary>
internal sealed class ApiEdgeConverter : JsonConverter<ApiEdge>
{
    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, ApiEdge? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        Property(writer, "id", value.Id);
        Property(writer, "source", value.Source);
        Property(writer, "target", value.Target);
        Property(writer, "predicate", value.Predicate);
        Property(writer, "kind", value.Kind);
        Property(writer, "status", value.Status);
        Property(writer, "title", value.Title);
        writer.WritePropertyName("evidence");
        writer.WriteValue(value.Evidence);
        Property(writer, "firstDate", value.FirstDate);
        Property(writer, "lastDate", value.LastDate);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override ApiEdge ReadJson(JsonReader reader, Type objectType, ApiEdge? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("edges are only written");

    /// <summary>Writes the property unless its value is null.</summary>
    internal static void Property(JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
