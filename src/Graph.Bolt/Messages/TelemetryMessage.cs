using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>TELEMETRY (Bolt 5.4+): which API started the following work (0 managed tx, 1 explicit tx, 2 auto-commit, 3 execute_query).</summary>
/// <param name="Api">The API code.</param>
internal sealed record TelemetryMessage(long Api) : IRequestMessage
{
    public const long ManagedTransaction = 0;
    public const long AutoCommit = 2;

    public string Name => "TELEMETRY";

    public void WriteTo(PackStreamWriter writer) => TelemetryMessageSerializer.Serialize(writer, this);
}
