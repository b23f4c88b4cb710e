using Graph.Bolt;

namespace Graph.Neo4j.Internal;

/// <summary>Runs statements as managed write transactions (transient failures are retried by the driver).</summary>
internal sealed class BoltCypherRunner(BoltDriver driver, string? database) : ICypherRunner
{
    public async Task<SummaryCounters> WriteAsync(
        string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var session = driver.Session(new SessionOptions { Database = database });
        QueryResult result = await session
            .ExecuteWriteAsync(tx => tx.RunAsync(query, parameters, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return result.Summary.Counters;
    }
}
