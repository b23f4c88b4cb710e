namespace Graph.Syntax.Evaluation;

/// <summary>Exact-span scores of a name recognizer: per type and micro-averaged over the types.</summary>
/// <param name="Sentences">Number of sentences scored.</param>
/// <param name="PerType">Counts per type.</param>
/// <param name="Micro">Counts over all types.</param>
public sealed record NameScores(int Sentences, IReadOnlyDictionary<NameType, NameCounts> PerType, NameCounts Micro);
