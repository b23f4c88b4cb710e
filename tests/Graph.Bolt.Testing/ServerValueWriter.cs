using Graph.Bolt.PackStream;

namespace Graph.Bolt.Testing;

/// <summary>Writes server-side values: <see cref="RawStruct"/> anywhere inside lists and dictionaries, the rest as parameters.</summary>
internal static class ServerValueWriter
{
    public static void Write(PackStreamWriter writer, object? value)
    {
        switch (value)
        {
            case RawStruct raw:
                writer.WriteStructHeader(raw.Fields.Length, raw.Tag);
                foreach (object? field in raw.Fields)
                {
                    Write(writer, field);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.WriteString(key);
                    Write(writer, item);
                }

                break;
            case string or byte[]:
                writer.WriteValue(value);
                break;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().ToList();
                writer.WriteListHeader(items.Count);
                foreach (object? item in items)
                {
                    Write(writer, item);
                }

                break;
            default:
                writer.WriteValue(value);
                break;
        }
    }
}
