using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>PULL: fetch up to <paramref name="N"/> records (-1 = all) of statement <paramref name="Qid"/> (-1 = last).</summary>
/// <param name="N">Record count, -1 for all.</param>
/// <param name="Qid">Statement id, -1 for the last one.</param>
internal sealed record PullMessage(long N, long Qid = -1) : IRequestMessage
{
    public static PullMessage All { get; } = new(-1);

    public string Name => "PULL";

    public void WriteTo(PackStreamWriter writer) => PullMessageSerializer.Serialize(writer, this);
}
