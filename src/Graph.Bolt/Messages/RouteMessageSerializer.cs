using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes ROUTE: <c>B3 66 {routing} [bookmarks] {db?}</c>.</summary>
internal static class RouteMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, RouteMessage message)
    {
        writer.WriteStructHeader(3, MessageTag.Route);
        writer.WriteMap(message.Routing);
        writer.WriteListHeader(message.Bookmarks.Count);
        foreach (string bookmark in message.Bookmarks)
        {
            writer.WriteString(bookmark);
        }

        if (string.IsNullOrEmpty(message.Database))
        {
            writer.WriteMapHeader(0);
        }
        else
        {
            writer.WriteMapHeader(1);
            writer.WriteString("db");
            writer.WriteString(message.Database);
        }
    }
}
