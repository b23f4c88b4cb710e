using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes ROLLBACK: <c>B0 13</c>.</summary>
internal static class RollbackMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, RollbackMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        writer.WriteStructHeader(0, MessageTag.Rollback);
    }
}
