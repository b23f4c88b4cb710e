using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>A gold fact nothing matched, or a predicted fact that matches no gold fact.</summary>
/// <param name="Subject">Name of the subject (gold name for a missed fact, predicted name for a spurious one).</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">Name of the object.</param>
/// <param name="Sentence">The sentence: the gold sentence for a missed fact, the predicted one for a spurious fact.</param>
/// <param name="SubjectAligned">True when the subject has a counterpart on the other side.</param>
/// <param name="ObjectAligned">True when the object has a counterpart on the other side.</param>
public sealed record FactError(string Subject, Predicate Predicate, string Object, string Sentence, bool SubjectAligned, bool ObjectAligned);
