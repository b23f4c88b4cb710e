namespace Graph.View.Data;

/// <summary>One neighbour of an entity in the default view (asserted facts, no filter).</summary>
/// <param name="Place">The neighbour's place in <see cref="ViewGraph.EntitiesByMentions"/>.</param>
/// <param name="Strength">The evidence count of its strongest asserted fact with the entity.</param>
/// <param name="Edges">Every asserted fact between the two, ordered by id.</param>
internal readonly record struct Neighbour(int Place, int Strength, IReadOnlyList<ViewRelation> Edges);
