using Graph.Bolt;

namespace Graph.Neo4j.Internal;

/// <summary>Runs one statement in its own write transaction and returns the server's counters.</summary>
internal interface ICypherRunner
{
    Task<SummaryCounters> WriteAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
