namespace Graph.Neo4j.Internal;

/// <summary>Collects rows per statement and hands out a batch whenever one is full.</summary>
internal sealed class Batcher(int batchSize)
{
    private readonly Dictionary<CypherStatement, List<IReadOnlyDictionary<string, object?>>> _pending = [];
    private int _number;

    public GraphBatch? Add(CypherStatement statement, IReadOnlyDictionary<string, object?> row)
    {
        if (!_pending.TryGetValue(statement, out var rows))
        {
            rows = new List<IReadOnlyDictionary<string, object?>>(Math.Min(batchSize, 1024));
            _pending[statement] = rows;
        }

        rows.Add(row);
        if (rows.Count < batchSize)
        {
            return null;
        }

        _pending.Remove(statement);
        return new GraphBatch(++_number, statement, rows);
    }

    /// <summary>The partly filled batches, in the statement set's order (deterministic).</summary>
    public IEnumerable<GraphBatch> Flush()
    {
        var ready = GraphStatements.All.Where(_pending.ContainsKey).Select(s => (Statement: s, Rows: _pending[s])).ToList();
        _pending.Clear();
        foreach (var (statement, rows) in ready)
        {
            yield return new GraphBatch(++_number, statement, rows);
        }
    }
}
