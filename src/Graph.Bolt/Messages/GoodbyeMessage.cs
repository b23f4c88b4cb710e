using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>GOODBYE: a message without fields.</summary>
internal sealed class GoodbyeMessage : IRequestMessage
{
    private GoodbyeMessage()
    {
    }

    public static GoodbyeMessage Instance { get; } = new();

    public string Name => "GOODBYE";

    public void WriteTo(PackStreamWriter writer) => GoodbyeMessageSerializer.Serialize(writer, this);
}
