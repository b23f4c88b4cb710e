using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j projection runs, defined once and shared by the push and the
/// script export: schema (uniqueness constraints and indexes) first, then the deletion of what entity resolution
/// retired (nodes merged away, then relationships an earlier resolution produced), then MERGE of nodes, then of
/// relationships. Labels and relationship types come only from <see cref="GraphLabels"/>.
/// </summary>
/// <remarks>
/// Each row is <c>{id, props}</c> for a node or <c>{from, to, props}</c> for a relationship, where
/// <c>props</c> holds every property with a value (nulls are left out). Properties are replaced only
/// when they differ (<c>WHERE properties(x) &lt;&gt; row.props SET x = row.props</c>): a second run sets no
/// property, so the server's counters report no change at all, and a value that changed in the store
/// (or was dropped from it) is corrected.
/// </remarks>
public static class GraphStatements
{
    private const string SetWhenChanged = "WITH x, row WHERE properties(x) <> row.props\nSET x = row.props";

    private static readonly CypherStatement[] EntityStatements =
        Enum.GetValues<EntityType>().Select(EntityNodeStatement).ToArray();

    private static readonly CypherStatement[] RelationStatements =
        PredicateInfo.All.Select(RelationStatement).ToArray();

    /// <summary>
    /// Schema statements, run one per transaction before any data: uniqueness constraints on every MERGE
    /// key (each backed by an index), lookup indexes for the query library, then a wait for the indexes
    /// to come online.
    /// </summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        $"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:{GraphLabels.Article}) REQUIRE n.id IS UNIQUE",
        $"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{GraphLabels.Entity}) REQUIRE n.id IS UNIQUE",
        $"CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:{GraphLabels.Event}) REQUIRE n.id IS UNIQUE",
        $"CREATE INDEX entity_name IF NOT EXISTS FOR (n:{GraphLabels.Entity}) ON (n.name)",
        $"CREATE INDEX event_type IF NOT EXISTS FOR (n:{GraphLabels.Event}) ON (n.type)",
        $"CREATE INDEX event_date IF NOT EXISTS FOR (n:{GraphLabels.Event}) ON (n.date)",
        $"CREATE INDEX article_published IF NOT EXISTS FOR (n:{GraphLabels.Article}) ON (n.published)",
        "CALL db.awaitIndexes(300)",
    ];

    /// <summary>Article nodes.</summary>
    public static CypherStatement ArticleNodes { get; } = new(
        "node:" + GraphLabels.Article,
        $"MERGE (x:{GraphLabels.Article} {{id: row.id}})\n{SetWhenChanged}",
        IsRelationship: false);

    /// <summary>Reported action nodes (one per piece of evidence of an action relation).</summary>
    public static CypherStatement EventNodes { get; } = new(
        "node:" + GraphLabels.Event,
        $"MERGE (x:{GraphLabels.Event} {{id: row.id}})\n{SetWhenChanged}",
        IsRelationship: false);

    /// <summary>
    /// Deletes the nodes of merged-away entities (<see cref="IGraphSource.RetiredEntityIds"/>) with their relationships:
    /// their facts now hang on the canonical entity. Deleting a node that is not there changes nothing, so a second push
    /// reports no change.
    /// </summary>
    public static CypherStatement RetiredEntities { get; } = new(
        "delete:" + GraphLabels.Entity,
        $"MATCH (x:{GraphLabels.Entity} {{id: row.id}})\nDETACH DELETE x",
        IsRelationship: false);

    /// <summary>
    /// Deletes the event nodes the graph no longer has (<see cref="IGraphSource.RetiredEventIds"/>): those of relations a
    /// merge re-keyed, and those an earlier resolution produced.
    /// </summary>
    public static CypherStatement RetiredEvents { get; } = new(
        "delete:" + GraphLabels.Event,
        $"MATCH (x:{GraphLabels.Event} {{id: row.id}})\nDETACH DELETE x",
        IsRelationship: false);

    /// <summary>
    /// Deletes fact relationships an earlier resolution produced (<see cref="RetiredLinkKind.Relation"/>), found by both
    /// ends and the id (which names the predicate, so no type is needed).
    /// </summary>
    public static CypherStatement RetiredRelations { get; } = RetiredLink("fact", GraphLabels.Entity, null, GraphLabels.Entity);

    /// <summary>Deletes mentions an earlier resolution produced (<see cref="RetiredLinkKind.Mention"/>).</summary>
    public static CypherStatement RetiredMentions { get; } = RetiredLink(GraphLabels.MentionedIn, GraphLabels.Entity, GraphLabels.MentionedIn, GraphLabels.Article);

    /// <summary>Deletes event places an earlier resolution produced (<see cref="RetiredLinkKind.EventPlace"/>).</summary>
    public static CypherStatement RetiredEventPlaces { get; } = RetiredLink(GraphLabels.InPlace, GraphLabels.Event, GraphLabels.InPlace, GraphLabels.Entity);

    /// <summary>Deletes event sources an earlier resolution produced (<see cref="RetiredLinkKind.EventSource"/>).</summary>
    public static CypherStatement RetiredEventSources { get; } =
        RetiredLink(GraphLabels.AccordingTo, GraphLabels.Event, GraphLabels.AccordingTo, GraphLabels.Entity);

    /// <summary>Entity → article mention counts.</summary>
    public static CypherStatement Mentions { get; } = new(
        "rel:" + GraphLabels.MentionedIn,
        $"MATCH (a:{GraphLabels.Entity} {{id: row.from}})\nMATCH (b:{GraphLabels.Article} {{id: row.to}})\n"
        + $"MERGE (a)-[x:{GraphLabels.MentionedIn}]->(b)\n{SetWhenChanged}",
        IsRelationship: true);

    /// <summary>Event → actor.</summary>
    public static CypherStatement EventActors { get; } = EventRole(GraphLabels.Actor, GraphLabels.Entity);

    /// <summary>Event → target.</summary>
    public static CypherStatement EventTargets { get; } = EventRole(GraphLabels.Target, GraphLabels.Entity);

    /// <summary>Event → place.</summary>
    public static CypherStatement EventPlaces { get; } = EventRole(GraphLabels.InPlace, GraphLabels.Entity);

    /// <summary>Event → reporting article.</summary>
    public static CypherStatement EventArticles { get; } = EventRole(GraphLabels.ReportedIn, GraphLabels.Article);

    /// <summary>Event → the entity the sentence reports as its source.</summary>
    public static CypherStatement EventSources { get; } = EventRole(GraphLabels.AccordingTo, GraphLabels.Entity);

    /// <summary>Every batched MERGE statement, nodes first, in the order the push runs them (after <see cref="Deletions"/>).</summary>
    public static IReadOnlyList<CypherStatement> All { get; } =
        new[] { ArticleNodes }.Concat(EntityStatements).Append(EventNodes).Append(Mentions)
            .Concat(RelationStatements)
            .Concat([EventActors, EventTargets, EventPlaces, EventArticles, EventSources])
            .ToArray();

    /// <summary>
    /// The only statements that delete, run before any MERGE: nodes merged away or retired, then the relationships an
    /// earlier resolution produced that the current one does not.
    /// </summary>
    public static IReadOnlyList<CypherStatement> Deletions { get; } =
        [RetiredEntities, RetiredEvents, RetiredRelations, RetiredMentions, RetiredEventPlaces, RetiredEventSources];

    /// <summary>Every batched statement in the order the push runs them: <see cref="Deletions"/>, then <see cref="All"/>.</summary>
    public static IReadOnlyList<CypherStatement> Batched { get; } = Deletions.Concat(All).ToArray();

    /// <summary>The statement deleting retired links of <paramref name="kind"/>.</summary>
    public static CypherStatement Retired(RetiredLinkKind kind) => kind switch
    {
        RetiredLinkKind.Relation => RetiredRelations,
        RetiredLinkKind.Mention => RetiredMentions,
        RetiredLinkKind.EventPlace => RetiredEventPlaces,
        RetiredLinkKind.EventSource => RetiredEventSources,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Entity nodes of one type: the <c>:Entity</c> label plus the type label.</summary>
    public static CypherStatement EntityNodes(EntityType type) => EntityStatements[(int)type];

    /// <summary>
    /// The direct actor → target relationship of one predicate, carrying the aggregated evidence and the
    /// relation's status (an alleged attack is its own relationship, beside an asserted one).
    /// </summary>
    public static CypherStatement Relation(Predicate predicate) => RelationStatements[(int)predicate];

    private static CypherStatement EntityNodeStatement(EntityType type)
    {
        string label = RequirePlain(GraphLabels.Of(type));
        return new(
            "node:" + label,
            $"MERGE (x:{GraphLabels.Entity} {{id: row.id}})\nSET x:{label}\n{SetWhenChanged}",
            IsRelationship: false);
    }

    private static CypherStatement RelationStatement(PredicateInfo info)
    {
        string type = RequirePlain(info.Name);
        return new(
            "rel:" + type,
            $"MATCH (a:{GraphLabels.Entity} {{id: row.from}})\nMATCH (b:{GraphLabels.Entity} {{id: row.to}})\n"
            + $"MERGE (a)-[x:{type} {{id: row.id}}]->(b)\n{SetWhenChanged}",
            IsRelationship: true);
    }

    private static CypherStatement EventRole(string type, string targetLabel) => new(
        "rel:" + type,
        $"MATCH (a:{GraphLabels.Event} {{id: row.from}})\nMATCH (b:{targetLabel} {{id: row.to}})\nMERGE (a)-[:{type}]->(b)",
        IsRelationship: true);

    // A relationship found by its two ends (and its id when it has none of the other keys: a fact), then deleted.
    private static CypherStatement RetiredLink(string name, string fromLabel, string? type, string toLabel) => new(
        "delete:" + name,
        $"MATCH (a:{fromLabel} {{id: row.from}})\nMATCH (b:{toLabel} {{id: row.to}})\n"
        + (type is null ? "MATCH (a)-[x {id: row.id}]->(b)" : $"MATCH (a)-[x:{RequirePlain(type)}]->(b)") + "\nDELETE x",
        IsRelationship: true);

    private static string RequirePlain(string name) =>
        GraphLabels.IsPlainName(name) ? name : throw new InvalidOperationException($"'{name}' is not a plain Cypher name.");
}
