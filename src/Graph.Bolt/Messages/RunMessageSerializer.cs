using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes RUN: <c>B3 10 query {parameters} {extra}</c>.</summary>
internal static class RunMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, RunMessage message)
    {
        writer.WriteStructHeader(3, MessageTag.Run);
        writer.WriteString(message.Query);
        if (message.Parameters is null)
        {
            writer.WriteMapHeader(0);
        }
        else
        {
            writer.WriteMap(message.Parameters);
        }

        if (message.Extra is null)
        {
            writer.WriteMapHeader(0);
        }
        else
        {
            TransactionExtraSerializer.Serialize(writer, message.Extra);
        }
    }
}
