using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes RESET: <c>B0 0F</c>.</summary>
internal static class ResetMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, ResetMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        writer.WriteStructHeader(0, MessageTag.Reset);
    }
}
