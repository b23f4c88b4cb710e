using Graph.Model;

namespace Graph.Store;

/// <summary>Counts of what the store holds.</summary>
/// <param name="Articles">Number of articles.</param>
/// <param name="EntitiesByType">Entities per type (every type present, zero when none).</param>
/// <param name="RelationsByPredicate">Aggregated relations per predicate name (only predicates present).</param>
/// <param name="Evidence">Pieces of evidence (sentence-level statements) over all relations.</param>
/// <param name="Events">Evidence of action predicates: each is an event node.</param>
public sealed record StoreStatistics(
    int Articles,
    IReadOnlyDictionary<EntityType, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationsByPredicate,
    int Evidence,
    int Events)
{
    /// <summary>Total number of entities.</summary>
    public int Entities => EntitiesByType.Values.Sum();

    /// <summary>Total number of aggregated relations.</summary>
    public int Relations => RelationsByPredicate.Values.Sum();
}
