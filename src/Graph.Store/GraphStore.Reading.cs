using System.Globalization;
using Graph.Model;
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
                reader.GetString(0), reader.GetString(1), Text(reader, 2), Date(reader, 3), Text(reader, 4), Text(reader, 5), reader.GetString(6));
        }
    }

    /// <inheritdoc />
    public IEnumerable<Entity> Entities()
    {
        Entity? current = null;
        var aliases = new List<string>();
        foreach (var reader in Rows("""
            SELECT e.id, e.type, e.name, a.alias
            FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id AND a.alias <> e.name
            ORDER BY e.id, a.alias
            """))
        {
            string id = reader.GetString(0);
            if (current is not null && current.Id != id)
            {
                yield return current with { Aliases = aliases };
                aliases = [];
            }

            if (current is null || current.Id != id)
            {
                current = new Entity(id, Enum.Parse<EntityType>(reader.GetString(1)), reader.GetString(2), []);
            }

            if (!reader.IsDBNull(3))
            {
                aliases.Add(reader.GetString(3));
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
        foreach (var reader in Rows("SELECT entity_id, article_id, count FROM mentions ORDER BY entity_id, article_id"))
        {
            yield return new Mention(reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
        }
    }

    /// <inheritdoc />
    public IEnumerable<Relation> Relations()
    {
        Relation? current = null;
        var evidence = new List<Evidence>();
        foreach (var reader in Rows("""
            SELECT r.id, r.subject_id, r.predicate, r.object_id, r.title, r.status,
                   v.article_id, v.sentence_index, v.sentence, v.span_start, v.span_end, v.date, v.place_id, v.confidence, v.source_id
            FROM relations r JOIN evidence v ON v.relation_id = r.id
            ORDER BY r.id, v.article_id, v.sentence_index
            """))
        {
            string id = reader.GetString(0);
            if (current is not null && current.Id != id)
            {
                yield return current with { Evidence = evidence };
                evidence = [];
            }

            if (current is null || current.Id != id)
            {
                PredicateInfo.TryParse(reader.GetString(2), out var info);
                current = new Relation(id, reader.GetString(1), info.Predicate, reader.GetString(3), Text(reader, 4), Status(reader, 5), []);
            }

            evidence.Add(new Evidence(
                reader.GetString(6),
                reader.GetInt32(7),
                reader.GetString(8),
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

    /// <summary>
    /// Counts of articles, entities by type, asserted relations by predicate (with their evidence and events),
    /// and unasserted relations by status.
    /// </summary>
    public StoreStatistics Statistics()
    {
        var byType = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
        foreach (var reader in Rows("SELECT type, COUNT(*) FROM entities GROUP BY type"))
        {
            byType[Enum.Parse<EntityType>(reader.GetString(0))] = reader.GetInt32(1);
        }

        var byPredicate = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unasserted = FactStatuses.All.Where(s => s != FactStatus.Asserted).ToDictionary(s => s, _ => 0);
        int evidence = 0, events = 0;
        foreach (var reader in Rows("""
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

    // Streams rows through one reader: callers read each row before moving on, so nothing is buffered.
    private IEnumerable<SqliteDataReader> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader;
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // Only this code writes the column, always a wire name; anything else would be a damaged store.
    private FactStatus Status(SqliteDataReader reader, int ordinal) =>
        FactStatuses.TryParse(reader.GetString(ordinal), out FactStatus status)
            ? status
            : throw new StoreException($"{Path}: unknown fact status '{reader.GetString(ordinal)}'");

    private static DateOnly? Date(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
