using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>COMMIT: a message without fields.</summary>
internal sealed class CommitMessage : IRequestMessage
{
    private CommitMessage()
    {
    }

    public static CommitMessage Instance { get; } = new();

    public string Name => "COMMIT";

    public void WriteTo(PackStreamWriter writer) => CommitMessageSerializer.Serialize(writer, this);
}
