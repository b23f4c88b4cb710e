namespace Graph.Neo4j;

/// <summary>One batch of rows for one statement: what one write transaction of the push carries.</summary>
/// <param name="Number">1-based position of the batch in the whole run.</param>
/// <param name="Statement">The statement the rows feed.</param>
/// <param name="Rows">The rows (maps of Cypher values; see <see cref="GraphStatements"/>).</param>
public sealed record GraphBatch(int Number, CypherStatement Statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    /// <summary>The statement's parameters: the rows under <see cref="CypherStatement.RowsParameter"/>.</summary>
    public IReadOnlyDictionary<string, object?> Parameters =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { [CypherStatement.RowsParameter] = Rows };
}
