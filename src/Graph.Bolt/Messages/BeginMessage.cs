using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>BEGIN: opens an explicit transaction.</summary>
/// <param name="Extra">Bookmarks, database, mode, timeout, metadata.</param>
internal sealed record BeginMessage(TransactionExtra Extra) : IRequestMessage
{
    public string Name => "BEGIN";

    public void WriteTo(PackStreamWriter writer) => BeginMessageSerializer.Serialize(writer, this);
}
