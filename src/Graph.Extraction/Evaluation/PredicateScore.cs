using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>The fact counts of one predicate: gold facts with it, predicted facts with it, and those that match.</summary>
/// <param name="Predicate">The predicate.</param>
/// <param name="Facts">Its counts.</param>
public sealed record PredicateScore(Predicate Predicate, PrfCounts Facts);
