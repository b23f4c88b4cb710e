using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>A fact of an annotated article.</summary>
/// <param name="Subject">Entity id of the actor.</param>
/// <param name="Predicate">Predicate from the closed set.</param>
/// <param name="Object">Entity id of the target.</param>
/// <param name="Sentence">The sentence stating the fact, verbatim.</param>
/// <param name="Date">When it happened, when annotated.</param>
/// <param name="Place">Where it happened (an entity id), when annotated.</param>
/// <param name="Title">Position title for <see cref="Predicate.HoldsPosition"/>.</param>
/// <param name="Confidence">Annotator confidence in [0, 1], when given.</param>
public sealed record GoldFact(
    string Subject, Predicate Predicate, string Object, string Sentence, DateOnly? Date, string? Place, string? Title, double? Confidence);
