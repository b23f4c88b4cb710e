namespace Graph.Syntax.Training;

/// <summary>A sentence annotated with names: its words and an IOB2 label per word (<c>B-PER</c>, <c>I-ORG</c>, <c>O</c>).</summary>
/// <param name="Id">The sentence's id in its source.</param>
/// <param name="Words">The words (Universal Dependencies syntactic words).</param>
/// <param name="Labels">One label per word; types other than PER, ORG and LOC count as outside.</param>
public sealed record NameSentence(string Id, IReadOnlyList<string> Words, IReadOnlyList<string> Labels);
