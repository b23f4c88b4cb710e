using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>ROLLBACK: a message without fields.</summary>
internal sealed class RollbackMessage : IRequestMessage
{
    private RollbackMessage()
    {
    }

    public static RollbackMessage Instance { get; } = new();

    public string Name => "ROLLBACK";

    public void WriteTo(PackStreamWriter writer) => RollbackMessageSerializer.Serialize(writer, this);
}
