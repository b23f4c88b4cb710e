using Graph.Model;

namespace Graph.Store;

/// <summary>Counts of what the store holds.</summary>
/// <param name="Articles">Number of articles.</param>
/// <param name="EntitiesByType">Entities per type (every type present, zero when none).</param>
/// <param name="RelationsByPredicate">Asserted relations (the facts) per predicate name (only predicates present).</param>
/// <param name="Evidence">Pieces of evidence (sentence-level statements) of asserted relations.</param>
/// <param name="Events">Evidence of asserted action relations: each is an event node.</param>
/// <param name="UnassertedByStatus">Relations that are not asserted, per status (every status but asserted, zero when none).</param>
public sealed record StoreStatistics(
    int Articles,
    IReadOnlyDictionary<EntityType, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationsByPredicate,
    int Evidence,
    int Events,
    IReadOnlyDictionary<FactStatus, int> UnassertedByStatus)
{
    /// <summary>Total number of entities.</summary>
    public int Entities => EntitiesByType.Values.Sum();

    /// <summary>Total number of asserted relations.</summary>
    public int Relations => RelationsByPredicate.Values.Sum();

    /// <summary>Total number of relations that are not asserted.</summary>
    public int Unasserted => UnassertedByStatus.Values.Sum();
}
