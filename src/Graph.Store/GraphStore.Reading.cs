using System.Globalization;
using Graph.Model;
using Graph.Store.Resolution;
using Microsoft.Data.Sqlite;

namespace Graph.Store;

public sealed partial class GraphStore : IGraphSource
{
    /// <inheritdoc />
    public IEnumerable<StoredArticle> Articles()
    {
        foreach (var reader in Rows("SELECT id, file_name, title, published, source, url, content_hash FROM articles ORDER BY id"))
        {
            yield return new StoredArticle(
                reader.GetString(0), Text(reader, 1)!, Text(reader, 2), Date(reader, 3), Text(reader, 4), Text(reader, 5), reader.GetString(6));
        }
    }

    /// <inheritdoc />
    public IEnumerable<Entity> Entities()
    {
        var ambiguous = AmbiguousAliases();
        Entity? current = null;
        var aliases = new List<string>();
        foreach (var reader in Rows(ambiguous.Count == 0 && !HasMerges() ? EntitiesSql : ResolvedEntitiesSql))
        {
            string id = reader.GetString(0);
            if (current is not null && current.Id != id)
            {
                yield return current with { Aliases = aliases };
                aliases = [];
            }

            if (current is null || current.Id != id)
            {
                current = new Entity(id, ParseType(reader, 1), Text(reader, 2)!, []);
            }

            // An alias repaired on read may now equal the name, or another alias.
            if (Text(reader, 3) is { } alias && alias != current.Name && !aliases.Contains(alias, StringComparer.Ordinal)
                && (ambiguous.Count == 0 || !ambiguous.Contains(AliasKey.Fold(alias))))
            {
                aliases.Add(alias);
            }
        }

        if (current is not null)
        {
            yield return current with { Aliases = aliases };
        }
    }

    /// <inheritdoc />
    public IEnumerable<Mention> Mentions()
    {
        foreach (var reader in Rows(HasMerges() ? ResolvedMentionsSql : "SELECT entity_id, article_id, count FROM mentions ORDER BY entity_id, article_id"))
        {
            yield return new Mention(reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
        }
    }

    /// <inheritdoc />
    public IEnumerable<Relation> Relations()
    {
        Relation? current = null;
        var evidence = new List<Evidence>();
        foreach (var reader in Rows(HasMerges() ? ResolvedRelationsSql : RelationsSql))
        {
            string id = reader.GetString(0);
            if (current is not null && current.Id != id)
            {
                yield return current with { Evidence = evidence };
                evidence = [];
            }

            if (current is null || current.Id != id)
            {
                current = new Relation(id, reader.GetString(1), ParsePredicate(reader, 2, id), reader.GetString(3), Text(reader, 4), Status(reader, 5), []);
            }

            // Relations collapsed by a merge may state the same sentence twice (once per merged end): it is one event,
            // the first row (of the ordinally smallest stored relation) kept.
            if (evidence.Count > 0 && evidence[^1].ArticleId == reader.GetString(6) && evidence[^1].SentenceIndex == reader.GetInt32(7))
            {
                continue;
            }

            evidence.Add(new Evidence(
                reader.GetString(6),
                reader.GetInt32(7),
                Text(reader, 8)!,
                new TextSpan(reader.GetInt32(9), reader.GetInt32(10)),
                Date(reader, 11),
                Text(reader, 12),
                reader.GetDouble(13),
                Text(reader, 14)));
        }

        if (current is not null)
        {
            yield return current with { Evidence = evidence };
        }
    }

    /// <inheritdoc />
    public GraphSize Size()
    {
        long Count(string sql) => Rows(sql).Select(reader => reader.GetInt64(0)).Single();
        bool merged = HasMerges();
        long events = 0, places = 0, sources = 0;
        foreach (var reader in Rows(merged
            ? ResolvedEvidenceSql + "SELECT predicate, COUNT(*), COUNT(place_id), COUNT(source_id) FROM ev GROUP BY predicate"
            : """
            SELECT r.predicate, COUNT(*), COUNT(v.place_id), COUNT(v.source_id)
            FROM relations r JOIN evidence v ON v.relation_id = r.id GROUP BY r.predicate
            """))
        {
            if (PredicateInfo.TryParse(reader.GetString(0), out var info) && info.IsAction)
            {
                events += reader.GetInt64(1);
                places += reader.GetInt64(2);
                sources += reader.GetInt64(3);
            }
        }

        return new GraphSize(
            Count("SELECT COUNT(*) FROM articles"),
            Count(merged ? "SELECT COUNT(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM merges)" : "SELECT COUNT(*) FROM entities"),
            Count(merged ? $"SELECT COUNT(*) FROM ({ResolvedMentionsSql})" : "SELECT COUNT(*) FROM mentions"),
            Count(merged ? ResolvedEvidenceSql + "SELECT COUNT(DISTINCT rid) FROM ev" : "SELECT COUNT(DISTINCT relation_id) FROM evidence"),
            events,
            places,
            sources)
        {
            RetiredNodes = RetiredEntityIds().LongCount() + RetiredEventIds().LongCount(),
            RetiredLinks = RetiredLinks().LongCount(),
        };
    }

    /// <summary>
    /// Counts of articles, entities by type, asserted relations by predicate (with their evidence and events),
    /// and unasserted relations by status.
    /// </summary>
    public StoreStatistics Statistics()
    {
        var byType = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
        bool merged = HasMerges();
        foreach (var reader in Rows("SELECT type, COUNT(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM merges) GROUP BY type"))
        {
            byType[ParseType(reader, 0)] = reader.GetInt32(1);
        }

        var byPredicate = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unasserted = FactStatuses.All.Where(s => s != FactStatus.Asserted).ToDictionary(s => s, _ => 0);
        int evidence = 0, events = 0;
        foreach (var reader in Rows(merged
            ? ResolvedEvidenceSql + "SELECT status, predicate, COUNT(DISTINCT rid), COUNT(*) FROM ev GROUP BY status, predicate"
            : """
            SELECT r.status, r.predicate, COUNT(DISTINCT r.id), COUNT(*)
            FROM relations r JOIN evidence v ON v.relation_id = r.id GROUP BY r.status, r.predicate
            """))
        {
            FactStatus status = Status(reader, 0);
            string name = reader.GetString(1);
            if (status != FactStatus.Asserted)
            {
                unasserted[status] += reader.GetInt32(2);
                continue;
            }

            byPredicate[name] = reader.GetInt32(2);
            evidence += reader.GetInt32(3);
            if (PredicateInfo.TryParse(name, out var info) && info.IsAction)
            {
                events += reader.GetInt32(3);
            }
        }

        int articles = Rows("SELECT COUNT(*) FROM articles").Select(reader => reader.GetInt32(0)).Single();
        return new StoreStatistics(articles, byType, byPredicate, evidence, events, unasserted);
    }

    // Streams rows through one reader: callers read each row before moving on, so nothing is buffered. Inside a
    // transaction of its own (entity resolution), a caller passes it.
    private IEnumerable<SqliteDataReader> Rows(string sql, SqliteTransaction? transaction = null)
    {
        using var command = ReadCommand(sql, transaction);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader;
        }
    }

    // Inside an open ingest batch every command must join its transaction (and then sees its uncommitted articles).
    private SqliteCommand ReadCommand(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction ?? _batchTransaction;
        command.CommandText = sql;
        return command;
    }

    // A store written before text was normalized on the way in may hold characters no export syntax can
    // carry (a U+0001 breaks RDF/XML): it is repaired here, as it is read, and the file is left as it was.
    private static string? Text(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : TextNormalizer.Normalize(reader.GetString(ordinal));

    // Only this code writes these columns, always with names it knows; anything else is a damaged store or one
    // written by a newer version, refused by name rather than misread.
    private Predicate ParsePredicate(SqliteDataReader reader, int ordinal, string relationId) =>
        PredicateInfo.TryParse(reader.GetString(ordinal), out var info)
            ? info.Predicate
            : throw new StoreException($"{Path}: unknown predicate '{reader.GetString(ordinal)}' in relation {relationId}");

    private EntityType ParseType(SqliteDataReader reader, int ordinal) =>
        Enum.TryParse(reader.GetString(ordinal), ignoreCase: false, out EntityType type) && Enum.IsDefined(type)
            ? type
            : throw new StoreException($"{Path}: unknown entity type '{reader.GetString(ordinal)}'");

    private FactStatus Status(SqliteDataReader reader, int ordinal) =>
        FactStatuses.TryParse(reader.GetString(ordinal), out FactStatus status)
            ? status
            : throw new StoreException($"{Path}: unknown fact status '{reader.GetString(ordinal)}'");

    private static DateOnly? Date(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
