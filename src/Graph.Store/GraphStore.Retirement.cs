using Graph.Model;
using Graph.Store.Resolution;
using Microsoft.Data.Sqlite;

namespace Graph.Store;

// What a sink holding an older copy of the graph must delete when resolution changes: every key (relation, event,
// mention, event place or source) the previous resolution produced that the new one does not, kept in `retired_keys`.
//
// Only keys touching the scope can differ between two resolutions: the scope holds every id either resolution merges or
// merges into, and the entities of the keys retired before. An id outside the scope is its own canonical id under
// both, and a raw id is in the scope exactly when its canonical id is; so a relation, event, mention, place or source
// with no end in the scope has the same key under both and collapses with nothing. Each recompute reads the keys of
// the scope under the old resolution, then under the new one, and keeps (retired before ∪ old) \ new: what comes back
// (a split undone) leaves the table, what goes stays, for every later push, since deleting what is already gone
// changes nothing and a sink may have missed any number of pushes.
public sealed partial class GraphStore
{
    private const string RetiredEventKind = "event";

    // The link kinds as stored, in the order of RetiredLinkKind.
    private static readonly string[] RetiredLinkKinds = ["relation", "mention", "place", "source"];

    /// <summary>
    /// Links an earlier resolution produced that the current one does not, ordered by kind (as
    /// <see cref="RetiredLinkKind"/>), then ends and id. Left out: links touching an entity merged away now and the
    /// places and sources of retired events, whose nodes are deleted with them.
    /// </summary>
    public IEnumerable<RetiredLink> RetiredLinks()
    {
        for (int kind = 0; kind < RetiredLinkKinds.Length; kind++)
        {
            foreach (var reader in Rows($"""
                SELECT from_id, to_id, id FROM retired_keys
                WHERE kind = '{RetiredLinkKinds[kind]}'
                  AND from_id NOT IN (SELECT entity_id FROM merges) AND to_id NOT IN (SELECT entity_id FROM merges)
                  AND from_id NOT IN (SELECT id FROM retired_keys WHERE kind = '{RetiredEventKind}')
                ORDER BY from_id, to_id, id
                """))
            {
                string id = reader.GetString(2);
                yield return new RetiredLink((RetiredLinkKind)kind, reader.GetString(0), reader.GetString(1), id.Length == 0 ? null : id);
            }
        }
    }

    // Fills the scope for the change from the stored resolution to `plan`, then reads its keys under the stored one;
    // null when the scope is empty (nothing merged before or now, nothing retired): nothing can be retired.
    private HashSet<RetiredKey>? ScopedResolvedKeysBefore(MergePlan plan, SqliteTransaction transaction)
    {
        var scope = new SortedSet<string>(plan.Merges.SelectMany(m => new[] { m.Key, m.Value.Into }), StringComparer.Ordinal);
        scope.UnionWith(Rows("""
            SELECT entity_id FROM merges UNION SELECT into_id FROM merges
            UNION SELECT from_id FROM retired_keys UNION SELECT to_id FROM retired_keys
            """, transaction).Select(r => r.GetString(0)));
        if (scope.Count == 0)
        {
            return null;
        }

        Execute(_connection, "CREATE TEMP TABLE IF NOT EXISTS resolution_scope (id TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM temp.resolution_scope;", transaction);
        InsertRows(transaction, "temp.resolution_scope", ["id"], scope.Select(id => new object?[] { id }));
        return ScopedResolvedKeys(transaction);
    }

    // Called once the new resolution is written: what the old one gave the scope, and what was retired before, minus
    // what the new one gives it.
    private void WriteRetiredKeys(HashSet<RetiredKey> previous, SqliteTransaction transaction)
    {
        var retired = previous;
        foreach (var reader in Rows("SELECT kind, from_id, to_id, id FROM retired_keys", transaction))
        {
            retired.Add(new RetiredKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        retired.ExceptWith(ScopedResolvedKeys(transaction));
        Execute(_connection, "DELETE FROM retired_keys", transaction);
        InsertRows(transaction, "retired_keys", ["kind", "from_id", "to_id", "id"], retired.Select(k => new object?[] { k.Kind, k.From, k.To, k.Id }));
    }

    // Every key the resolution stored now gives the graph that has an entity of the scope among its raw ids: the
    // relations, events, event places and sources of the evidence the readers yield, and the mentions.
    private HashSet<RetiredKey> ScopedResolvedKeys(SqliteTransaction transaction)
    {
        const string InScope = "IN (SELECT id FROM temp.resolution_scope)";
        var keys = new HashSet<RetiredKey>();
        foreach (var reader in Rows(ResolvedEvidenceSql + $"""
            SELECT ev.rid, ev.subject_id, ev.object_id, ev.predicate, ev.article_id, ev.sentence_index,
                   COALESCE(mp.into_id, ev.place_id), COALESCE(ms.into_id, ev.source_id)
            FROM ev LEFT JOIN merges mp ON mp.entity_id = ev.place_id LEFT JOIN merges ms ON ms.entity_id = ev.source_id
            WHERE ev.subject_id {InScope} OR ev.object_id {InScope} OR ev.place_id {InScope} OR ev.source_id {InScope}
            """, transaction))
        {
            string relation = reader.GetString(0), subject = reader.GetString(1), obj = reader.GetString(2);
            keys.Add(new RetiredKey(RetiredLinkKinds[(int)RetiredLinkKind.Relation], subject, obj, relation));
            if (!PredicateInfo.TryParse(reader.GetString(3), out var info) || !info.IsAction)
            {
                continue;
            }

            string eventId = StableId.Event(relation, reader.GetString(4), reader.GetInt32(5));
            keys.Add(new RetiredKey(RetiredEventKind, subject, obj, eventId));
            if (!reader.IsDBNull(6))
            {
                keys.Add(new RetiredKey(RetiredLinkKinds[(int)RetiredLinkKind.EventPlace], eventId, reader.GetString(6), string.Empty));
            }

            if (!reader.IsDBNull(7))
            {
                keys.Add(new RetiredKey(RetiredLinkKinds[(int)RetiredLinkKind.EventSource], eventId, reader.GetString(7), string.Empty));
            }
        }

        foreach (var reader in Rows($"""
            SELECT DISTINCT COALESCE(m.into_id, x.entity_id), x.article_id
            FROM mentions x LEFT JOIN merges m ON m.entity_id = x.entity_id
            WHERE x.entity_id {InScope}
            """, transaction))
        {
            keys.Add(new RetiredKey(RetiredLinkKinds[(int)RetiredLinkKind.Mention], reader.GetString(0), reader.GetString(1), string.Empty));
        }

        return keys;
    }

    // One row of retired_keys; unused columns hold the empty string.
    private readonly record struct RetiredKey(string Kind, string From, string To, string Id);
}
