namespace Graph.View.Data;

/// <summary>One neighbour of an entity, as a neighbour page lists it.</summary>
/// <param name="Place">The neighbour's place in <see cref="ViewGraph.EntitiesByMentions"/>.</param>
/// <param name="Strength">The evidence count of its strongest fact with the entity.</param>
/// <param name="Edges">Every fact between the two, ordered by id.</param>
internal readonly record struct Neighbour(int Place, int Strength, IReadOnlyList<ViewRelation> Edges)
{
    /// <summary>
    /// The neighbours that <paramref name="links"/> (an entity's links by place, ordered by the other end's id,
    /// then the relation's id) reach, strongest first, then by id.
    /// </summary>
    public static Neighbour[] Rank(IEnumerable<(int Other, ViewRelation Relation)> links, IReadOnlyList<ViewEntity> byMentions) =>
    [
        .. links.GroupBy(l => l.Other)
            .Select(g => new Neighbour(g.Key, g.Max(l => l.Relation.EvidenceCount), [.. g.Select(l => l.Relation)]))
            .OrderByDescending(n => n.Strength)
            .ThenBy(n => byMentions[n.Place].Id, StringComparer.Ordinal),
    ];
}
