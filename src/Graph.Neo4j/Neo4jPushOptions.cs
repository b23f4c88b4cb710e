namespace Graph.Neo4j;

/// <summary>Settings of a push.</summary>
public sealed record Neo4jPushOptions
{
    /// <summary>Target database; null for the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>Rows per batch; each batch is one write transaction.</summary>
    public int BatchSize { get; init; } = GraphBatches.DefaultBatchSize;
}
