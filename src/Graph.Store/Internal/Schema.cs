namespace Graph.Store.Internal;

/// <summary>The store's tables. Ids are the stable ids from Graph.Model; dates are ISO yyyy-MM-dd text.</summary>
internal static class Schema
{
    /// <summary>Bumped whenever a table changes shape; an older or newer store is refused, not misread.</summary>
    public const string Version = "1";

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
            title TEXT);
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
            PRIMARY KEY (relation_id, article_id, sentence_index)) WITHOUT ROWID;
        """;
}
