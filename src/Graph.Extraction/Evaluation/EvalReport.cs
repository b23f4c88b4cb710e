using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>Scores of a set of annotated articles: per article, per predicate, and micro-averaged over all.</summary>
public sealed class EvalReport
{
    /// <summary>Creates the report of <paramref name="articles"/>, in the order given.</summary>
    public EvalReport(IEnumerable<ArticleScore> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Articles = [.. articles];
        Total = Articles.Aggregate(Score.Zero, (sum, article) => sum + article.Score);
        ByPredicate = [.. Articles
            .SelectMany(a => a.ByPredicate)
            .GroupBy(p => p.Predicate)
            .OrderBy(g => g.Key)
            .Select(g => new PredicateScore(g.Key, g.Aggregate(default(PrfCounts), (sum, p) => sum + p.Facts)))];
    }

    /// <summary>Each article's score and errors.</summary>
    public IReadOnlyList<ArticleScore> Articles { get; }

    /// <summary>Fact counts per predicate over all articles, in the predicate set's order.</summary>
    public IReadOnlyList<PredicateScore> ByPredicate { get; }

    /// <summary>Counts added over all articles: the micro-averaged scores.</summary>
    public Score Total { get; }

    /// <summary>The total fact counts of <paramref name="predicate"/> (zero when no article has it).</summary>
    public PrfCounts Of(Predicate predicate) => ByPredicate.FirstOrDefault(p => p.Predicate == predicate)?.Facts ?? default;
}
