using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>
/// One event pattern of <c>data/lexicon/events.tsv</c>: a trigger lemma, what must be attached to it,
/// where its target is, and the predicate it reports.
/// </summary>
/// <param name="Lemma">Lower-case lemma of the trigger verb or event noun.</param>
/// <param name="Pos">Verb or noun.</param>
/// <param name="Particle">A phrasal-verb particle that must be attached ("up" in "step up"), or null.</param>
/// <param name="Objects">Lemmas of which the direct object must be one (the support noun: "sanction" in
/// "impose sanctions"), or for a noun event, one of its modifiers ("joint" in "joint efforts"), sorted; empty when
/// none is required.</param>
/// <param name="Target">Where the target is found.</param>
/// <param name="Predicate">The predicate reported.</param>
/// <param name="Cameo">The CAMEO code (3 or 4 digits), or null for a structural predicate.</param>
/// <param name="Origin">Where the row comes from: <c>CAMEO.2.0.txt:LINE</c> or <c>project</c>.</param>
public sealed record EventPattern(
    string Lemma, EventPos Pos, string? Particle, IReadOnlyList<string> Objects, EventTarget Target, Predicate Predicate, string? Cameo, string Origin)
{
    /// <summary>The origin of rows the project writes itself.</summary>
    public const string ProjectOrigin = "project";

    /// <summary>True for a noun event ("war", "sanctions").</summary>
    public bool IsNoun => Pos == EventPos.Noun;

    /// <summary>How much a match of this row says: a required particle and object make it more specific than the bare word.</summary>
    public int Specificity => (Particle is null ? 0 : 1) + (Objects.Count == 0 ? 0 : 2);

    /// <summary>The columns that identify a pattern (lemma, pos, particle, object, target), tab-separated:
    /// no two rows of the lexicon share it.</summary>
    public string Key => string.Join('\t', Lemma, EventPatternFormat.PosName(Pos), Particle ?? "-", EventPatternFormat.ObjectColumn(Objects), Target);
}
