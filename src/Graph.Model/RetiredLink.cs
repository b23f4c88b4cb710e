namespace Graph.Model;

/// <summary>What a <see cref="RetiredLink"/> joins.</summary>
public enum RetiredLinkKind
{
    /// <summary>A relation from its subject (<see cref="RetiredLink.FromId"/>) to its object, with its id.</summary>
    Relation,

    /// <summary>An entity (<see cref="RetiredLink.FromId"/>) mentioned in an article (<see cref="RetiredLink.ToId"/>).</summary>
    Mention,

    /// <summary>A reported event (<see cref="RetiredLink.FromId"/>, its event id) and the place it names.</summary>
    EventPlace,

    /// <summary>A reported event (<see cref="RetiredLink.FromId"/>, its event id) and the entity it is reported by.</summary>
    EventSource,
}

/// <summary>
/// A link an earlier entity resolution gave the graph and the current one does not (an entity split off again takes
/// back its facts and mentions): a sink keeping an earlier copy of the graph deletes it. Keys, not content: a relation
/// by its ends and id, a mention by its entity and article, an event's place or source by the event and the entity.
/// </summary>
/// <param name="Kind">What it joins.</param>
/// <param name="FromId">The relation's subject, the mentioned entity, or the event.</param>
/// <param name="ToId">The relation's object, the article, or the place or source entity.</param>
/// <param name="Id">The relation's id; null for the other kinds.</param>
public sealed record RetiredLink(RetiredLinkKind Kind, string FromId, string ToId, string? Id = null);
