namespace Graph.Model;

/// <summary>One sentence of one article that states a relation.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="SentenceIndex">Zero-based sentence index in the article.</param>
/// <param name="Sentence">The sentence, verbatim.</param>
/// <param name="Span">Character span of the sentence in the article text.</param>
/// <param name="Date">When it happened, when known.</param>
/// <param name="PlaceId">Entity id of the place, when known.</param>
/// <param name="Confidence">Extractor confidence in [0, 1].</param>
/// <param name="SourceId">Entity id of whoever the sentence reports as saying it ("X said that ...", "according to X"), when known.</param>
public sealed record Evidence(
    string ArticleId, int SentenceIndex, string Sentence, TextSpan Span, DateOnly? Date, string? PlaceId, double Confidence, string? SourceId);
