using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes COMMIT: <c>B0 12</c>.</summary>
internal static class CommitMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, CommitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        writer.WriteStructHeader(0, MessageTag.Commit);
    }
}
