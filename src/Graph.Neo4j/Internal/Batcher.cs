namespace Graph.Neo4j.Internal;

/// <summary>
/// Collects rows per statement and hands out a batch whenever one is full. A phase can feed many statements at once
/// (a relationship type per predicate, the event roles), each row carrying its evidence sentences; so that a large
/// graph never waits in memory as dozens of nearly full batches, the rows held back are capped at
/// <see cref="PendingBatches"/> batches' worth, and reaching the cap hands out the statement holding the most.
/// </summary>
internal sealed class Batcher(int batchSize)
{
    /// <summary>How many batches' worth of rows may wait at once.</summary>
    public const int PendingBatches = 4;

    private readonly Dictionary<CypherStatement, List<IReadOnlyDictionary<string, object?>>> _pending = [];
    private int _number;

    /// <summary>Rows waiting for their batch.</summary>
    public int Pending { get; private set; }

    public GraphBatch? Add(CypherStatement statement, IReadOnlyDictionary<string, object?> row)
    {
        if (!_pending.TryGetValue(statement, out var rows))
        {
            rows = new List<IReadOnlyDictionary<string, object?>>(Math.Min(batchSize, 1024));
            _pending[statement] = rows;
        }

        rows.Add(row);
        Pending++;
        if (rows.Count >= batchSize)
        {
            return Take(statement);
        }

        if (Pending >= (long)PendingBatches * batchSize)
        {
            // The fullest, the first in the statement set's order on a tie: the same rows give the same batches.
            var fullest = GraphStatements.Batched.Where(_pending.ContainsKey).MaxBy(s => _pending[s].Count)!;
            return Take(fullest);
        }

        return null;
    }

    /// <summary>The partly filled batches, in the statement set's order (deterministic).</summary>
    public IEnumerable<GraphBatch> Flush()
    {
        var ready = GraphStatements.Batched.Where(_pending.ContainsKey).ToList();
        foreach (var statement in ready)
        {
            yield return Take(statement);
        }
    }

    private GraphBatch Take(CypherStatement statement)
    {
        var rows = _pending[statement];
        _pending.Remove(statement);
        Pending -= rows.Count;
        return new GraphBatch(++_number, statement, rows);
    }
}
