using Graph.Extraction.Evaluation;

namespace Graph.Cli.Commands;

/// <summary>What became of one annotated article: its score, or the reasons it could not be scored.</summary>
/// <param name="Article">The annotated article.</param>
/// <param name="Score">Its score; null when the gold file or the article could not be used.</param>
/// <param name="Errors">One line per problem, each naming its file.</param>
internal sealed record EvalOutcome(AnnotatedArticle Article, ArticleScore? Score, IReadOnlyList<string> Errors);
