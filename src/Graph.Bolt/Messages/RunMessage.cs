using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>RUN: a query with parameters; <paramref name="Extra"/> is null inside an explicit transaction.</summary>
/// <param name="Query">Cypher text.</param>
/// <param name="Parameters">Parameters (null = none).</param>
/// <param name="Extra">Auto-commit settings, or null inside a transaction (sent as <c>{}</c>).</param>
internal sealed record RunMessage(string Query, IReadOnlyDictionary<string, object?>? Parameters, TransactionExtra? Extra) : IRequestMessage
{
    public string Name => "RUN";

    public void WriteTo(PackStreamWriter writer) => RunMessageSerializer.Serialize(writer, this);
}
