namespace Graph.Model.Extraction;

/// <summary>Everything extraction found in one article (the exchange format's document).</summary>
/// <param name="Article">File name of the article.</param>
/// <param name="ArticleId">Stable id of the article.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Entities">Entities, each with its stable id.</param>
/// <param name="Facts">Facts; at most one per (subject, predicate, object, status).</param>
public sealed record ArticleExtraction(
    string Article,
    string ArticleId,
    DateOnly? Published,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedFact> Facts);
