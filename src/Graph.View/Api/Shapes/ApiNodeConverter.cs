using Newtonsoft.Json;

namespace Graph.View.Api.Shapes;

/// <summary>
/// Writes an <see cref="ApiNode"/> field by field, as the API's settings would (camelCase, nulls left out,
/// declaration order), without reflection: search results, the landing view and the dump hold thousands of them.
/// </summary>
internal sealed class ApiNodeConverter : JsonConverter<ApiNode>
{
    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, ApiNode? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        ApiEdgeConverter.Property(writer, "id", value.Id);
        ApiEdgeConverter.Property(writer, "type", value.Type);
        ApiEdgeConverter.Property(writer, "name", value.Name);
        writer.WritePropertyName("mentions");
        writer.WriteValue(value.Mentions);
        writer.WritePropertyName("articles");
        writer.WriteValue(value.Articles);
        if (value.Aliases is { } aliases)
        {
            writer.WritePropertyName("aliases");
            writer.WriteStartArray();
            foreach (string alias in aliases)
            {
                writer.WriteValue(alias);
            }

            writer.WriteEndArray();
        }

        ApiEdgeConverter.Property(writer, "matched", value.Matched);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override ApiNode ReadJson(JsonReader reader, Type objectType, ApiNode? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("nodes are only written");
}
