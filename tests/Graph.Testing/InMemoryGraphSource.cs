using Graph.Model;

namespace Graph.Testing;

/// <summary>An <see cref="IGraphSource"/> over lists, sorted the way the store streams them.</summary>
public sealed class InMemoryGraphSource(
    IEnumerable<StoredArticle> articles, IEnumerable<Entity> entities, IEnumerable<Mention> mentions, IEnumerable<Relation> relations)
    : IGraphSource
{
    private readonly StoredArticle[] _articles = [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)];
    private readonly Entity[] _entities = [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)];
    private readonly Mention[] _mentions =
        [.. mentions.OrderBy(m => m.EntityId, StringComparer.Ordinal).ThenBy(m => m.ArticleId, StringComparer.Ordinal)];
    private readonly Relation[] _relations = [.. relations.OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Ids of merged-away entities the source reports (none unless set).</summary>
    public IReadOnlyList<string> RetiredEntities { get; init; } = [];

    /// <summary>Ids of re-keyed events the source reports (none unless set).</summary>
    public IReadOnlyList<string> RetiredEvents { get; init; } = [];

    /// <summary>Links an earlier resolution produced that the source reports as retired (none unless set).</summary>
    public IReadOnlyList<RetiredLink> RetiredRelationships { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<StoredArticle> Articles() => _articles;

    /// <inheritdoc />
    public IEnumerable<RetiredLink> RetiredLinks() => RetiredRelationships;

    /// <inheritdoc />
    public IEnumerable<string> RetiredEntityIds() => RetiredEntities;

    /// <inheritdoc />
    public IEnumerable<string> RetiredEventIds() => RetiredEvents;

    /// <inheritdoc />
    public IEnumerable<Entity> Entities() => _entities;

    /// <inheritdoc />
    public IEnumerable<Mention> Mentions() => _mentions;

    /// <inheritdoc />
    public IEnumerable<Relation> Relations() => _relations;

    /// <inheritdoc />
    public GraphSize Size()
    {
        var events = _relations.Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).ToList();
        return new GraphSize(
            _articles.Length, _entities.Length, _mentions.Length, _relations.Length,
            events.Count, events.Count(e => e.PlaceId is not null), events.Count(e => e.SourceId is not null))
        {
            RetiredNodes = RetiredEntities.Count + RetiredEvents.Count,
            RetiredLinks = RetiredRelationships.Count,
        };
    }
}
