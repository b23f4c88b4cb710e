using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes GOODBYE: <c>B0 02</c>.</summary>
internal static class GoodbyeMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, GoodbyeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        writer.WriteStructHeader(0, MessageTag.Goodbye);
    }
}
