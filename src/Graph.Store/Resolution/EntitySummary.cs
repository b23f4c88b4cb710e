using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>A canonical entity as <c>graph entities</c> lists it.</summary>
/// <param name="Entity">The entity as readers yield it (canonical name, aliases of its whole group).</param>
/// <param name="Mentions">Mentions summed over its group and every article.</param>
/// <param name="Articles">Articles mentioning it or an entity merged into it.</param>
/// <param name="MergedIds">Ids merged into it, ordered.</param>
/// <param name="MergeReasons">Why each of <paramref name="MergedIds"/> was merged, in the same order.</param>
public sealed record EntitySummary(Entity Entity, int Mentions, int Articles, IReadOnlyList<string> MergedIds, IReadOnlyList<string> MergeReasons);
