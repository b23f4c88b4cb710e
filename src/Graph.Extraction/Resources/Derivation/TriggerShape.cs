using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// What a verb line or a pattern line says in the columns of an event pattern: a particle, the support
/// nouns its direct object must be one of, and where the target is.
/// </summary>
/// <param name="Particle">The phrasal-verb particle, or null.</param>
/// <param name="Objects">The support nouns (singular lemmas, sorted), or empty.</param>
/// <param name="Target">The target's place when the line marks it; null when it does not (see <see cref="TargetFor"/>).</param>
internal sealed record TriggerShape(string? Particle, IReadOnlyList<string> Objects, EventTarget? Target)
{
    /// <summary>A bare verb: the target is its direct object.</summary>
    public static TriggerShape Bare { get; } = new(null, [], null);

    /// <summary>
    /// The target's place for <paramref name="predicate"/>: the one the line marks; else, with a support noun,
    /// the object of the predicate's usual preposition ("impose sanctions ON"); else the direct object (a
    /// verb used without one simply has no target).
    /// </summary>
    public EventTarget TargetFor(Predicate predicate) =>
        Target ?? (Objects.Count > 0 ? EventTarget.Of(SupportNounTargets.For(predicate)) : EventTarget.Object);

    /// <summary>This shape with the particle of a phrasal verb whose block pattern it is.</summary>
    public TriggerShape WithParticle(string? particle) => particle is null ? this : this with { Particle = particle };
}
