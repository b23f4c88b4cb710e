using Graph.Model;

namespace Graph.View.Data;

/// <summary>
/// The whole graph of a store in memory, read once, with the indexes every request of the explorer answers
/// from: entities and relations by id, each entity's relations and articles, each article's entities and
/// facts, relations per predicate, the entities' places in the mentions order (each relation's ends and each
/// entity's links by place, so a request can mark entities in an array), each entity's neighbours in the
/// default view ranked as their pages list them, and the search index. Immutable, so requests share it
/// without locks.
/// </summary>
public sealed class ViewGraph
{
    private readonly Dictionary<string, ViewEntity> _entityById;
    private readonly Dictionary<string, ViewRelation> _relationById;
    private readonly Dictionary<string, StoredArticle> _articleById;
    private readonly Dictionary<string, List<ViewRelation>> _relationsOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ViewRelation>> _relationsInArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Mention>> _mentionsOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Mention>> _mentionsInArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredArticle[]> _articlesOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Other, ViewRelation Relation)[]> _linksOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<Predicate, List<ViewRelation>> _relationsWithPredicate = [];
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly (int Other, ViewRelation Relation)[][] _linksAtPlace;
    private readonly Neighbour[][] _neighboursAtPlace;

    private ViewGraph(IEnumerable<StoredArticle> articles, IEnumerable<Entity> entities, IEnumerable<Mention> mentions, IEnumerable<Relation> relations)
    {
        Articles = [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)];
        _articleById = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

        var entityList = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var entityIds = entityList.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Mentions =
        [
            .. mentions
                .Where(m => entityIds.Contains(m.EntityId) && _articleById.ContainsKey(m.ArticleId))
                .OrderBy(m => m.EntityId, StringComparer.Ordinal)
                .ThenBy(m => m.ArticleId, StringComparer.Ordinal),
        ];
        foreach (var mention in Mentions)
        {
            Add(_mentionsOfEntity, mention.EntityId, mention);
            Add(_mentionsInArticle, mention.ArticleId, mention);
        }

        Entities =
        [
            .. entityList.Select(e => _mentionsOfEntity.TryGetValue(e.Id, out var own)
                ? new ViewEntity(e, own.Sum(m => m.Count), own.Count)
                : new ViewEntity(e, 0, 0)),
        ];
        _entityById = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        EntitiesByMentions = [.. Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal)];
        for (int place = 0; place < EntitiesByMentions.Count; place++)
        {
            _places[EntitiesByMentions[place].Id] = place;
        }

        // A relation whose end is unknown (a store written by another version, half repaired) cannot be drawn.
        Relations =
        [
            .. relations
                .Where(r => _entityById.ContainsKey(r.SubjectId) && _entityById.ContainsKey(r.ObjectId) && r.Evidence.Count > 0)
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select((r, place) => new ViewRelation(r, _entityById[r.SubjectId].Type, _entityById[r.ObjectId].Type)
                {
                    Place = place,
                    SubjectPlace = _places[r.SubjectId],
                    ObjectPlace = _places[r.ObjectId],
                }),
        ];
        _relationById = Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var relation in Relations)
        {
            Add(_relationsWithPredicate, relation.Relation.Predicate, relation);
            Add(_relationsOfEntity, relation.SubjectId, relation);
            if (relation.ObjectId != relation.SubjectId)
            {
                Add(_relationsOfEntity, relation.ObjectId, relation);
            }

            foreach (string articleId in relation.Relation.Evidence.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal))
            {
                Add(_relationsInArticle, articleId, relation);
            }
        }

        foreach (var (entityId, own) in _relationsOfEntity)
        {
            _linksOfEntity[entityId] =
            [
                .. own.Where(r => r.SubjectId != r.ObjectId)
                    .Select(r => (Other: r.Other(entityId), Relation: r))
                    .OrderBy(l => l.Other, StringComparer.Ordinal)
                    .ThenBy(l => l.Relation.Id, StringComparer.Ordinal),
            ];
        }

        _linksAtPlace = new (int, ViewRelation)[EntitiesByMentions.Count][];
        for (int place = 0; place < _linksAtPlace.Length; place++)
        {
            _linksAtPlace[place] = [.. LinksOf(EntitiesByMentions[place].Id).Select(l => (_places[l.Other], l.Relation))];
        }

        // The default view's neighbour pages, strongest first, then by id: a hub's page is a slice.
        _neighboursAtPlace = new Neighbour[EntitiesByMentions.Count][];
        for (int place = 0; place < _neighboursAtPlace.Length; place++)
        {
            _neighboursAtPlace[place] = Neighbour.Rank(_linksAtPlace[place].Where(l => ViewFilter.Default.Passes(l.Relation)), EntitiesByMentions);
        }

        foreach (var (entityId, own) in _mentionsOfEntity)
        {
            _articlesOfEntity[entityId] = [.. own.Select(m => _articleById[m.ArticleId]).OrderBy(a => a, NewestFirst.Instance)];
        }

        var dates = Relations.SelectMany(r => r.Dates).ToList();
        FirstDate = dates.Count > 0 ? dates.Min() : null;
        LastDate = dates.Count > 0 ? dates.Max() : null;
        Search = new SearchIndex(Entities);
    }

    /// <summary>Articles ordered by id.</summary>
    public IReadOnlyList<StoredArticle> Articles { get; }

    /// <summary>Entities ordered by id.</summary>
    public IReadOnlyList<ViewEntity> Entities { get; }

    /// <summary>Entities ordered by mentions (most first), then id.</summary>
    public IReadOnlyList<ViewEntity> EntitiesByMentions { get; }

    /// <summary>Relations (every status) ordered by id.</summary>
    public IReadOnlyList<ViewRelation> Relations { get; }

    /// <summary>Mentions ordered by entity id, then article id.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The earliest evidence date, when any.</summary>
    public DateOnly? FirstDate { get; }

    /// <summary>The latest evidence date, when any.</summary>
    public DateOnly? LastDate { get; }

    /// <summary>The name and alias index.</summary>
    internal SearchIndex Search { get; }

    /// <summary>Reads the whole of <paramref name="source"/> once.</summary>
    public static ViewGraph Build(IGraphSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ViewGraph(source.Articles().ToList(), source.Entities().ToList(), source.Mentions().ToList(), source.Relations().ToList());
    }

    /// <summary>The entity with id <paramref name="id"/>, or null.</summary>
    public ViewEntity? Entity(string id) => _entityById.GetValueOrDefault(id);

    /// <summary>The relation with id <paramref name="id"/>, or null.</summary>
    public ViewRelation? Relation(string id) => _relationById.GetValueOrDefault(id);

    /// <summary>The article with id <paramref name="id"/>, or null.</summary>
    public StoredArticle? Article(string id) => _articleById.GetValueOrDefault(id);

    /// <summary>Every relation (every status) with the entity at either end, ordered by id.</summary>
    public IReadOnlyList<ViewRelation> RelationsOf(string entityId) => _relationsOfEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>
    /// The entity's relations with another entity (loops left out), each with that other end, ordered by the
    /// other end's id, then the relation's id: breadth-first searches visit neighbours in a fixed order.
    /// </summary>
    public IReadOnlyList<(string Other, ViewRelation Relation)> LinksOf(string entityId) => _linksOfEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>Every relation (every status) of the predicate, ordered by id.</summary>
    public IReadOnlyList<ViewRelation> RelationsWith(Predicate predicate) => _relationsWithPredicate.GetValueOrDefault(predicate) ?? [];

    /// <summary>Where the entity stands in <see cref="EntitiesByMentions"/>, or -1 when it is not in the graph.</summary>
    internal int PlaceOf(string entityId) => _places.GetValueOrDefault(entityId, -1);

    /// <summary><see cref="LinksOf"/> of the entity at <paramref name="place"/>, the other ends given by their places.</summary>
    internal IReadOnlyList<(int Other, ViewRelation Relation)> LinksAt(int place) => _linksAtPlace[place];

    /// <summary>
    /// The neighbours of the entity at <paramref name="place"/> over asserted facts (loops left out), ordered by
    /// the evidence count of their strongest such fact (most first), then id: the default view's neighbour pages.
    /// </summary>
    internal IReadOnlyList<Neighbour> NeighboursAt(int place) => _neighboursAtPlace[place];

    /// <summary>Every relation stated in the article, ordered by id.</summary>
    public IReadOnlyList<ViewRelation> RelationsIn(string articleId) => _relationsInArticle.GetValueOrDefault(articleId) ?? [];

    /// <summary>The entity's mentions, ordered by article id.</summary>
    public IReadOnlyList<Mention> MentionsOf(string entityId) => _mentionsOfEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>The article's mentions, ordered by entity id.</summary>
    public IReadOnlyList<Mention> MentionsIn(string articleId) => _mentionsInArticle.GetValueOrDefault(articleId) ?? [];

    /// <summary>The articles that mention the entity, newest first (undated last), then by id.</summary>
    public IReadOnlyList<StoredArticle> ArticlesOf(string entityId) => _articlesOfEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>
    /// The entity a user means by <paramref name="name"/>: one whose folded name or alias equals it (most
    /// mentioned first), else the best search match; null when nothing matches.
    /// </summary>
    public ViewEntity? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string folded = NameFolding.Fold(name);
        var matches = Search.Find(name, null);
        return matches.FirstOrDefault(m => NameFolding.Fold(m.Matched) == folded)?.Entity
            ?? matches.FirstOrDefault(m => m.Entity.Entity.Aliases.Any(a => NameFolding.Fold(a) == folded))?.Entity
            ?? matches.FirstOrDefault()?.Entity;
    }

    /// <summary>
    /// The part of the graph that <paramref name="scope"/> selects, as a graph of its own: relations with an
    /// evidence date from <see cref="SubgraphScope.Since"/> on, the entities within
    /// <see cref="SubgraphScope.Depth"/> steps of <see cref="SubgraphScope.Around"/> over them, the relations
    /// among those entities, and the articles that mention the entities or state the relations.
    /// </summary>
    public ViewGraph Subgraph(SubgraphScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Around is null && scope.Since is null)
        {
            return this;
        }

        var relations = scope.Since is { } since ? Relations.Where(r => r.HasDateIn(since, null)).ToList() : [.. Relations];
        HashSet<string> kept;
        if (scope.Around is { } around)
        {
            kept = Neighbourhood(around.Id, scope.Depth, relations);
            relations = [.. relations.Where(r => kept.Contains(r.SubjectId) && kept.Contains(r.ObjectId))];
        }
        else
        {
            kept = relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).ToHashSet(StringComparer.Ordinal);
        }

        var articleIds = relations.SelectMany(r => r.Relation.Evidence.Select(e => e.ArticleId))
            .Concat(kept.SelectMany(id => MentionsOf(id).Select(m => m.ArticleId)))
            .ToHashSet(StringComparer.Ordinal);
        return new ViewGraph(
            articleIds.Select(id => _articleById[id]),
            Entities.Where(e => kept.Contains(e.Id)).Select(e => e.Entity),
            Mentions.Where(m => kept.Contains(m.EntityId)),
            relations.Select(r => r.Relation));
    }

    // Entities within `depth` undirected steps of `centre` over `relations`.
    private static HashSet<string> Neighbourhood(string centre, int depth, List<ViewRelation> relations)
    {
        var adjacency = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            Add(adjacency, relation.SubjectId, relation.ObjectId);
            Add(adjacency, relation.ObjectId, relation.SubjectId);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { centre };
        var frontier = new List<string> { centre };
        for (int step = 0; step < depth && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (string id in frontier)
            {
                foreach (string other in adjacency.GetValueOrDefault(id) ?? [])
                {
                    if (seen.Add(other))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return seen;
    }

    private static void Add<TKey, T>(Dictionary<TKey, List<T>> index, TKey key, T value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }
}
