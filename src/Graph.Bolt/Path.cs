namespace Graph.Bolt;

/// <summary>
/// A path: nodes and the relationships between consecutive nodes (bound to their actual direction,
/// which may run against the path's direction).
/// </summary>
/// <param name="Nodes">Nodes in path order (one more than relationships).</param>
/// <param name="Relationships">Relationships in path order.</param>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>The first node.</summary>
    public Node Start => Nodes[0];

    /// <summary>The last node.</summary>
    public Node End => Nodes[^1];
}
