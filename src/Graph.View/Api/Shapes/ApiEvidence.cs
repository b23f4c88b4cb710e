namespace Graph.View.Api.Shapes;

/// <summary>One sentence that states a fact, with where and when it comes from.</summary>
/// <param name="Article">The article.</param>
/// <param name="SentenceIndex">Zero-based sentence index in the article.</param>
/// <param name="Sentence">The sentence, verbatim.</param>
/// <param name="Highlights">Where it names the subject and the object.</param>
/// <param name="Date">When it happened (yyyy-MM-dd), when known.</param>
/// <param name="Place">Where it happened, when known.</param>
/// <param name="Confidence">Extractor confidence in [0, 1].</param>
/// <param name="SourceOf">Whoever the sentence reports as saying it, when known.</param>
public sealed record ApiEvidence(
    ApiArticleRef Article, int SentenceIndex, string Sentence, IReadOnlyList<ApiHighlight> Highlights, string? Date, ApiRef? Place, double Confidence, ApiRef? SourceOf);
