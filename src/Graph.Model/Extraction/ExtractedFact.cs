namespace Graph.Model.Extraction;

/// <summary>One fact stated by one sentence.</summary>
/// <param name="Subject">Entity id of the actor.</param>
/// <param name="Predicate">Predicate from the closed set.</param>
/// <param name="Object">Entity id of the target.</param>
/// <param name="Sentence">The sentence, verbatim.</param>
/// <param name="SentenceIndex">Zero-based index of the sentence in the article.</param>
/// <param name="Span">Character span of the sentence in <see cref="ArticleDocument.Text"/>.</param>
/// <param name="Date">When it happened, when the text says or implies it.</param>
/// <param name="Place">Entity id of the place where it happened, when known.</param>
/// <param name="Title">Position title for <see cref="Predicate.HoldsPosition"/>.</param>
/// <param name="Confidence">Extractor confidence in [0, 1].</param>
/// <param name="Status">What the sentence asserts: only <see cref="FactStatus.Asserted"/> facts happened.</param>
/// <param name="Source">Entity id of whoever the sentence reports as saying it ("X said that ...", "according to X"), when known.</param>
public sealed record ExtractedFact(
    string Subject,
    Predicate Predicate,
    string Object,
    string Sentence,
    int SentenceIndex,
    TextSpan Span,
    DateOnly? Date,
    string? Place,
    string? Title,
    double Confidence,
    FactStatus Status = FactStatus.Asserted,
    string? Source = null);
