namespace Graph.Extraction.Evaluation;

/// <summary>How the extraction of one article compares with its gold annotation.</summary>
/// <param name="Name">The article's name (its file name without extension).</param>
/// <param name="Score">Entity, fact and pair counts.</param>
/// <param name="ByPredicate">Fact counts per predicate, in the predicate set's order; predicates absent from both sides are left out.</param>
/// <param name="Errors">Missed and spurious facts and entities, and mistyped entities.</param>
public sealed record ArticleScore(string Name, Score Score, IReadOnlyList<PredicateScore> ByPredicate, ArticleErrors Errors);
