namespace Graph.View.Data;

/// <summary>Which part of a graph a self-contained page or a dump holds.</summary>
/// <param name="Around">The entity at the centre; the whole graph when null.</param>
/// <param name="Depth">How many steps from <paramref name="Around"/> are kept.</param>
/// <param name="Since">Only relations with an evidence date on or after it; every relation when null.</param>
public sealed record SubgraphScope(ViewEntity? Around = null, int Depth = 2, DateOnly? Since = null)
{
    /// <summary>The whole graph.</summary>
    public static SubgraphScope Whole { get; } = new();
}
