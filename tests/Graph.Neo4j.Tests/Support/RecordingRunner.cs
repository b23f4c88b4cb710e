using Graph.Bolt;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// Stands in for the server in push tests: records each statement and its parameters, answers with
/// counters, and fails the n-th call with a server error when asked to.
/// </summary>
internal sealed class RecordingRunner(int failAtCall = 0, Neo4jException? error = null) : ICypherRunner
{
    public List<(string Query, IReadOnlyDictionary<string, object?> Parameters)> Calls { get; } = [];

    public Task<SummaryCounters> WriteAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        Calls.Add((query, parameters));
        if (Calls.Count == failAtCall)
        {
            throw error ?? new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        }

        long rows = parameters.TryGetValue(CypherStatement.RowsParameter, out object? value) && value is IReadOnlyList<IReadOnlyDictionary<string, object?>> list
            ? list.Count
            : 0;
        return Task.FromResult(new SummaryCounters { NodesCreated = rows, PropertiesSet = 2 * rows, ContainsUpdates = rows > 0 });
    }
}
