using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>RESET: a message without fields.</summary>
internal sealed class ResetMessage : IRequestMessage
{
    private ResetMessage()
    {
    }

    public static ResetMessage Instance { get; } = new();

    public string Name => "RESET";

    public void WriteTo(PackStreamWriter writer) => ResetMessageSerializer.Serialize(writer, this);
}
