using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>DISCARD: drop up to <paramref name="N"/> records (-1 = all) of statement <paramref name="Qid"/>.</summary>
/// <param name="N">Record count, -1 for all.</param>
/// <param name="Qid">Statement id, -1 for the last one.</param>
internal sealed record DiscardMessage(long N, long Qid = -1) : IRequestMessage
{
    public static DiscardMessage All { get; } = new(-1);

    public string Name => "DISCARD";

    public void WriteTo(PackStreamWriter writer) => DiscardMessageSerializer.Serialize(writer, this);
}
