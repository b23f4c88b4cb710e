using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>A client→server message; its serializer writes it as one PackStream structure.</summary>
internal interface IRequestMessage
{
    /// <summary>The message name (HELLO, RUN …).</summary>
    string Name { get; }

    /// <summary>Writes the message through its serializer.</summary>
    void WriteTo(PackStreamWriter writer);
}
