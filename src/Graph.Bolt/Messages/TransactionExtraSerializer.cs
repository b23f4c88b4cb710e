using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes a <see cref="TransactionExtra"/> dictionary, leaving out defaults.</summary>
internal static class TransactionExtraSerializer
{
    public static void Serialize(PackStreamWriter writer, TransactionExtra extra)
    {
        bool bookmarks = extra.Bookmarks.Count > 0;
        bool database = !string.IsNullOrEmpty(extra.Database);
        bool read = extra.AccessMode == AccessMode.Read;
        int count = (bookmarks ? 1 : 0) + (database ? 1 : 0) + (read ? 1 : 0)
            + (extra.Timeout is null ? 0 : 1) + (extra.Metadata is { Count: > 0 } ? 1 : 0);
        writer.WriteMapHeader(count);
        if (bookmarks)
        {
            writer.WriteString("bookmarks");
            writer.WriteListHeader(extra.Bookmarks.Count);
            foreach (string bookmark in extra.Bookmarks)
            {
                writer.WriteString(bookmark);
            }
        }

        if (extra.Timeout is { } timeout)
        {
            writer.WriteString("tx_timeout");
            writer.WriteInt((long)timeout.TotalMilliseconds);
        }

        if (extra.Metadata is { Count: > 0 } metadata)
        {
            writer.WriteString("tx_metadata");
            writer.WriteMap(metadata);
        }

        if (read)
        {
            writer.WriteString("mode");
            writer.WriteString("r");
        }

        if (database)
        {
            writer.WriteString("db");
            writer.WriteString(extra.Database!);
        }
    }
}
