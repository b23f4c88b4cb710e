using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>
/// One row of the event patterns (data/lexicon/events.tsv): a verb or noun lemma, what must be attached
/// to it, where its target is found, and the predicate it codes.
/// </summary>
/// <param name="Lemma">Lower-case lemma of the triggering verb or noun.</param>
/// <param name="IsNoun">True for a noun event ("war", "sanctions"), false for a verb.</param>
/// <param name="Particle">A phrasal particle that must be attached ("up" in "step up"), or null.</param>
/// <param name="Objects">Lemmas one of which the direct object must have ("sanction" in "impose sanctions"); empty when none is required.</param>
/// <param name="Targets">Where the target is: <see cref="DirectObject"/> and/or prepositions whose object it is ("on", "against").</param>
/// <param name="Predicate">The predicate coded.</param>
/// <param name="Cameo">The CAMEO code.</param>
/// <param name="Origin">Where the row comes from (<c>CAMEO.2.0.txt:LINE</c> or <c>project</c>).</param>
public sealed record EventPattern(
    string Lemma, bool IsNoun, string? Particle, IReadOnlySet<string> Objects, IReadOnlySet<string> Targets, Predicate Predicate, string Cameo, string Origin)
{
    /// <summary>The <see cref="Targets"/> entry that stands for the direct object (or a passive subject).</summary>
    public const string DirectObject = "obj";

    /// <summary>How much a match of this row says: a required particle and object make it more specific than the bare word.</summary>
    public int Specificity => (Particle is null ? 0 : 1) + (Objects.Count == 0 ? 0 : 2);
}
