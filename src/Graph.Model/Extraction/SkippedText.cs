namespace Graph.Model.Extraction;

/// <summary>A stretch of the article that extraction did not read, and why: nothing is dropped in silence.</summary>
/// <param name="Span">Character span in <see cref="ArticleDocument.Text"/>.</param>
/// <param name="Reason">Why it was skipped ("boilerplate", "language:fr").</param>
public sealed record SkippedText(TextSpan Span, string Reason);
