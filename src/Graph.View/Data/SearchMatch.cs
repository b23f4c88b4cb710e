namespace Graph.View.Data;

/// <summary>An entity found by a search, with the name or alias that matched.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Matched">The name or alias, as stored, that the query matched.</param>
/// <param name="Rank">0: the name or alias starts with the query; 1: one of its words does; 2: it holds the query.</param>
public sealed record SearchMatch(ViewEntity Entity, string Matched, int Rank);
