using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes PULL: <c>B1 3F {n, qid?}</c> (qid left out when -1).</summary>
internal static class PullMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, PullMessage message) =>
        StreamControl.Write(writer, MessageTag.Pull, message.N, message.Qid);
}
