using Graph.Bolt;
using Graph.Model;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j;

/// <summary>
/// Pushes the graph into Neo4j over Bolt: the schema statements first, then every batch of
/// <see cref="GraphBatches"/> (nodes, then relationships), each batch one parameterized write
/// transaction. Idempotent: pushing an unchanged store again makes the server report no change, and
/// a push that failed part-way is completed by running it again.
/// </summary>
public sealed class Neo4jPusher
{
    private readonly ICypherRunner _runner;
    private readonly Neo4jPushOptions _options;

    /// <summary>Creates a pusher writing through <paramref name="driver"/>.</summary>
    public Neo4jPusher(BoltDriver driver, Neo4jPushOptions? options = null)
        : this(new BoltCypherRunner(driver ?? throw new ArgumentNullException(nameof(driver)), options?.Database), options)
    {
    }

    internal Neo4jPusher(ICypherRunner runner, Neo4jPushOptions? options)
    {
        _runner = runner;
        _options = options ?? new Neo4jPushOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1, nameof(options));
    }

    /// <summary>Pushes <paramref name="source"/>.</summary>
    /// <param name="source">The graph.</param>
    /// <param name="progress">Told after the schema step and after every committed batch.</param>
    /// <param name="cancellationToken">Stops between (or during) batches; committed batches stay.</param>
    /// <returns>Batches, rows and the server's counters summed over the push.</returns>
    /// <exception cref="Neo4jPushException">A statement failed; the message names the batch and the server's error.</exception>
    public async Task<Neo4jPushResult> PushAsync(
        IGraphSource source, IProgress<Neo4jPushProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        // Counted, not read: the graph itself is read once, by the batches below.
        long totalRows = GraphBatches.RowCount(source.Size());
        var counters = SummaryCounters.Empty;
        var noParameters = new Dictionary<string, object?>(StringComparer.Ordinal);

        foreach (string statement in GraphStatements.Schema)
        {
            counters = CounterMath.Add(counters, await RunAsync(statement, noParameters, "schema", 0, 0, cancellationToken).ConfigureAwait(false));
        }

        progress?.Report(new Neo4jPushProgress("schema", 0, 0, totalRows, counters));

        int batches = 0;
        long rows = 0;
        foreach (GraphBatch batch in GraphBatches.Enumerate(source, _options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchCounters = await RunAsync(
                batch.Statement.Text, batch.Parameters, batch.Statement.Name, batch.Number, batch.Rows.Count, cancellationToken).ConfigureAwait(false);
            counters = CounterMath.Add(counters, batchCounters);
            batches++;
            rows += batch.Rows.Count;
            progress?.Report(new Neo4jPushProgress(batch.Statement.Name, batch.Number, rows, totalRows, counters));
        }

        return new Neo4jPushResult(batches, rows, counters);
    }

    private async Task<SummaryCounters> RunAsync(
        string query, IReadOnlyDictionary<string, object?> parameters, string step, int number, int rows, CancellationToken cancellationToken)
    {
        try
        {
            return await _runner.WriteAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            throw new Neo4jPushException(step, number, rows, e);
        }
    }
}
