using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes DISCARD: <c>B1 2F {n, qid?}</c>.</summary>
internal static class DiscardMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, DiscardMessage message) =>
        StreamControl.Write(writer, MessageTag.Discard, message.N, message.Qid);
}
