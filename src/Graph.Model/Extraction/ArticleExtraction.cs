namespace Graph.Model.Extraction;

/// <summary>Everything extraction found in one article (the exchange format's document).</summary>
/// <param name="Article">File name of the article.</param>
/// <param name="ArticleId">Stable id of the article.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Entities">Entities, each with its stable id.</param>
/// <param name="Facts">Facts; at most one per (subject, predicate, object, status).</param>
/// <param name="Skipped">Paragraphs extraction did not read, with the reason (blank lines are not listed).</param>
public sealed record ArticleExtraction(
    string Article,
    string ArticleId,
    DateOnly? Published,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedFact> Facts,
    IReadOnlyList<SkippedText>? Skipped = null)
{
    /// <summary>Paragraphs extraction did not read (empty when it read everything).</summary>
    public IReadOnlyList<SkippedText> Skipped { get; init; } = Skipped ?? [];
}
