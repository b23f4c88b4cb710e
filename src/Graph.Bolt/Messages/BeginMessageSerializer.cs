using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes BEGIN: <c>B1 11 {extra}</c>.</summary>
internal static class BeginMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, BeginMessage message)
    {
        writer.WriteStructHeader(1, MessageTag.Begin);
        TransactionExtraSerializer.Serialize(writer, message.Extra);
    }
}
