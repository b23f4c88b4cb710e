namespace Graph.Store.Internal;

/// <summary>
/// The store's tables. Ids are the stable ids from Graph.Model; dates are ISO yyyy-MM-dd text; a relation's
/// status is its wire name (<c>asserted</c>, <c>negated</c> …).
/// </summary>
internal static class Schema
{
    /// <summary>
    /// Bumped whenever a table changes shape. A store of an older version is upgraded on open when an
    /// upgrade is defined (<see cref="Upgrades"/>); any other version is refused, not misread.
    /// </summary>
    public const string Version = "4";

    /// <summary>
    /// Statements that bring a store of the keyed version to the next one, run in the transaction that opens it.
    /// Version 1 had no fact status and no reported source: every relation it holds was asserted. Version 2 had no
    /// entity resolution: it merges nothing until resolution is next recomputed. Version 3 kept no retired keys: it
    /// retires nothing until resolution is next recomputed.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Next, string Sql)> Upgrades { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["1"] = ("2", """
            ALTER TABLE relations ADD COLUMN status TEXT NOT NULL DEFAULT 'asserted';
            ALTER TABLE evidence ADD COLUMN source_id TEXT REFERENCES entities(id);
            """),
        ["2"] = ("3", Resolution),
        ["3"] = ("4", Retirement),
    };

    /// <summary>
    /// Entity resolution, recomputed as a whole (see <c>GraphStore.ResolveEntities</c>): <c>merges</c> maps each
    /// merged-away entity straight to its canonical one; <c>merged_relations</c> holds, for every relation touching a
    /// merged-away entity, its re-keyed id and ends (a null id when merging makes it a self-loop), so readers stream
    /// without holding relations in memory; <c>ambiguous_aliases</c> holds the folded aliases two canonical entities share.
    /// </summary>
    public const string Resolution = """
        CREATE TABLE IF NOT EXISTS merges (
            entity_id TEXT PRIMARY KEY REFERENCES entities(id),
            into_id TEXT NOT NULL REFERENCES entities(id),
            reason TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS merges_into ON merges (into_id);
        CREATE TABLE IF NOT EXISTS merged_relations (
            relation_id TEXT PRIMARY KEY REFERENCES relations(id),
            resolved_id TEXT,
            subject_id TEXT NOT NULL,
            object_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ambiguous_aliases (
            folded TEXT PRIMARY KEY) WITHOUT ROWID;
        """;

    /// <summary>
    /// The keys of what an earlier entity resolution gave the graph and the current one does not, kept for good (see
    /// <c>GraphStore.ResolveEntities</c>): each is something a sink holding an older copy deletes, and deleting what is
    /// already gone changes nothing. <c>kind</c> is <c>relation</c> (from subject, to object, id the relation id),
    /// <c>event</c> (from and to the ends of its relation, id the event id), <c>mention</c> (from entity, to article),
    /// <c>place</c> or <c>source</c> (from event, to entity); an unused column holds the empty string.
    /// </summary>
    public const string Retirement = """
        CREATE TABLE IF NOT EXISTS retired_keys (
            kind TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (kind, from_id, to_id, id)) WITHOUT ROWID;
        """;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            title TEXT,
            published TEXT,
            source TEXT,
            url TEXT,
            content_hash TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mentions (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            article_id TEXT NOT NULL REFERENCES articles(id),
            count INTEGER NOT NULL,
            PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS relations (
            id TEXT PRIMARY KEY,
            subject_id TEXT NOT NULL REFERENCES entities(id),
            predicate TEXT NOT NULL,
            object_id TEXT NOT NULL REFERENCES entities(id),
            title TEXT,
            status TEXT NOT NULL DEFAULT 'asserted');
        CREATE TABLE IF NOT EXISTS evidence (
            relation_id TEXT NOT NULL REFERENCES relations(id),
            article_id TEXT NOT NULL REFERENCES articles(id),
            sentence_index INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            date TEXT,
            place_id TEXT REFERENCES entities(id),
            confidence REAL NOT NULL,
            source_id TEXT REFERENCES entities(id),
            PRIMARY KEY (relation_id, article_id, sentence_index)) WITHOUT ROWID;
        """ + Resolution + Retirement;
}
