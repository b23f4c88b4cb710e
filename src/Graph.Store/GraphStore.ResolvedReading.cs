using Graph.Model;

namespace Graph.Store;

// The readers' queries, plain and through merges. A store with no merges is read by the plain queries, exactly as
// before resolution existed; with merges, every reader re-keys to canonical ids through `merges` and `merged_relations`.
public sealed partial class GraphStore
{
    private const string EntitiesSql = """
        SELECT e.id, e.type, e.name, a.alias
        FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id AND a.alias <> e.name
        ORDER BY e.id, a.alias
        """;

    // Canonical entities only, each with the aliases and names of every entity merged into it.
    private const string ResolvedEntitiesSql = """
        SELECT c.id, c.type, c.name, x.alias
        FROM entities c
        LEFT JOIN (
            SELECT COALESCE(m.into_id, a.entity_id) AS cid, a.alias AS alias FROM aliases a LEFT JOIN merges m ON m.entity_id = a.entity_id
            UNION
            SELECT m.into_id, e.name FROM merges m JOIN entities e ON e.id = m.entity_id
        ) x ON x.cid = c.id AND x.alias <> c.name
        WHERE c.id NOT IN (SELECT entity_id FROM merges)
        ORDER BY c.id, x.alias
        """;

    private const string ResolvedMentionsSql = """
        SELECT COALESCE(m.into_id, x.entity_id) AS cid, x.article_id, SUM(x.count)
        FROM mentions x LEFT JOIN merges m ON m.entity_id = x.entity_id
        GROUP BY cid, x.article_id
        ORDER BY cid, x.article_id
        """;

    private const string RelationsSql = """
        SELECT r.id, r.subject_id, r.predicate, r.object_id, r.title, r.status,
               v.article_id, v.sentence_index, v.sentence, v.span_start, v.span_end, v.date, v.place_id, v.confidence, v.source_id
        FROM relations r JOIN evidence v ON v.relation_id = r.id
        ORDER BY r.id, v.article_id, v.sentence_index
        """;

    // Relations re-keyed (self-loops left out), their evidence unioned in order; a sentence stated by two collapsed
    // relations comes twice, the one of the smaller stored relation id first (the reader keeps it).
    private const string ResolvedRelationsSql = """
        SELECT COALESCE(k.resolved_id, r.id) AS rid, COALESCE(k.subject_id, r.subject_id), r.predicate, COALESCE(k.object_id, r.object_id),
               r.title, r.status, v.article_id, v.sentence_index, v.sentence, v.span_start, v.span_end, v.date,
               COALESCE(mp.into_id, v.place_id), v.confidence, COALESCE(ms.into_id, v.source_id)
        FROM relations r JOIN evidence v ON v.relation_id = r.id
        LEFT JOIN merged_relations k ON k.relation_id = r.id
        LEFT JOIN merges mp ON mp.entity_id = v.place_id
        LEFT JOIN merges ms ON ms.entity_id = v.source_id
        WHERE k.relation_id IS NULL OR k.resolved_id IS NOT NULL
        ORDER BY rid, v.article_id, v.sentence_index, r.id
        """;

    // The evidence the resolved reader yields, one row per (relation, article, sentence): SQLite takes the bare columns
    // from the row with the smallest stored relation id, the one the reader keeps (place and source not re-keyed).
    // Followed by a SELECT over `ev`.
    private const string ResolvedEvidenceSql = """
        WITH ev AS (
            SELECT COALESCE(k.resolved_id, r.id) AS rid, r.predicate AS predicate, r.status AS status, MIN(r.id) AS first,
                   v.place_id AS place_id, v.source_id AS source_id, v.article_id AS article_id, v.sentence_index AS sentence_index,
                   COALESCE(k.subject_id, r.subject_id) AS subject_id, COALESCE(k.object_id, r.object_id) AS object_id
            FROM relations r JOIN evidence v ON v.relation_id = r.id
            LEFT JOIN merged_relations k ON k.relation_id = r.id
            WHERE k.relation_id IS NULL OR k.resolved_id IS NOT NULL
            GROUP BY rid, v.article_id, v.sentence_index)

        """;

    /// <summary>Ids of entities merged into another, ordered: sinks that keep a copy of the graph delete their nodes.</summary>
    public IEnumerable<string> RetiredEntityIds() => Rows("SELECT entity_id FROM merges ORDER BY entity_id").Select(r => r.GetString(0));

    /// <summary>
    /// Ids of the events of relations re-keyed by a merge (their events now have other ids), and of the events an earlier
    /// resolution produced that the current one does not (<c>retired_keys</c>), ordered: a sink that keeps a copy deletes
    /// them.
    /// </summary>
    public IEnumerable<string> RetiredEventIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reader in Rows("""
            SELECT k.relation_id, r.predicate, v.article_id, v.sentence_index
            FROM merged_relations k JOIN relations r ON r.id = k.relation_id JOIN evidence v ON v.relation_id = k.relation_id
            """))
        {
            if (PredicateInfo.TryParse(reader.GetString(1), out var info) && info.IsAction)
            {
                ids.Add(StableId.Event(reader.GetString(0), reader.GetString(2), reader.GetInt32(3)));
            }
        }

        ids.UnionWith(Rows($"SELECT id FROM retired_keys WHERE kind = '{RetiredEventKind}'").Select(r => r.GetString(0)));
        return ids;
    }

    private bool HasMerges() => Rows("SELECT EXISTS (SELECT 1 FROM merges)").Select(r => r.GetInt64(0)).Single() == 1;

    private HashSet<string> AmbiguousAliases() =>
        Rows("SELECT folded FROM ambiguous_aliases").Select(r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
}
