namespace Graph.Extraction.Evaluation;

/// <summary>What the extraction of one article got wrong, in the order of the gold and predicted documents.</summary>
/// <param name="MissedFacts">Gold facts nothing matched (one per distinct fact).</param>
/// <param name="SpuriousFacts">Predicted facts that match no gold fact (one per distinct fact).</param>
/// <param name="MissedEntities">Gold entities no predicted entity aligned with.</param>
/// <param name="SpuriousEntities">Predicted entities aligned with no gold entity.</param>
/// <param name="MistypedEntities">Aligned entities whose types differ.</param>
public sealed record ArticleErrors(
    IReadOnlyList<FactError> MissedFacts,
    IReadOnlyList<FactError> SpuriousFacts,
    IReadOnlyList<EntityError> MissedEntities,
    IReadOnlyList<EntityError> SpuriousEntities,
    IReadOnlyList<MistypedEntity> MistypedEntities);
