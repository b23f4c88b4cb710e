namespace Graph.Model;

/// <summary>
/// A fact aggregated over every article that states it: subject, predicate, object, title (for positions)
/// and status, with all its evidence. For actions, each piece of evidence is also an event. An alleged or
/// denied act is a relation of its own, never merged with the asserted one.
/// </summary>
/// <param name="Id">Stable id (<see cref="StableId.Relation"/>).</param>
/// <param name="SubjectId">Entity id of the actor.</param>
/// <param name="Predicate">Predicate.</param>
/// <param name="ObjectId">Entity id of the target.</param>
/// <param name="Title">Position title for <see cref="Predicate.HoldsPosition"/>, else null.</param>
/// <param name="Status">What its sentences assert: only <see cref="FactStatus.Asserted"/> relations happened.</param>
/// <param name="Evidence">Evidence ordered by article id, then sentence index.</param>
public sealed record Relation(
    string Id, string SubjectId, Predicate Predicate, string ObjectId, string? Title, FactStatus Status, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Predicate metadata (name, kind, CAMEO code).</summary>
    public PredicateInfo Info => PredicateInfo.Of(Predicate);

    /// <summary>True when the text says it happened (the only relations shown as facts unless asked).</summary>
    public bool IsAsserted => Status == FactStatus.Asserted;

    /// <summary>Event id for one piece of this relation's evidence.</summary>
    public string EventId(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return StableId.Event(Id, evidence.ArticleId, evidence.SentenceIndex);
    }
}
