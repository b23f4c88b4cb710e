using Graph.Model;
using Graph.Store.Resolution;
using Microsoft.Data.Sqlite;

namespace Graph.Store;

public sealed partial class GraphStore
{
    /// <summary>
    /// Recomputes entity resolution in one transaction: the automatic merges (<see cref="AutomaticMerges"/>), then the
    /// user's decisions from <paramref name="decisionsFile"/> (<see cref="UserDecisions"/>, none when it does not exist),
    /// combined by <see cref="MergePlanner"/>; then the relations' re-keyed ids and the ambiguous aliases readers use, and
    /// the keys the previous resolution gave the graph that this one does not (<see cref="RetiredLinks"/>,
    /// <see cref="RetiredEventIds"/>).
    /// </summary>
    /// <param name="decisionsFile">The decisions file; default <see cref="UserDecisions.PathFor"/> of this store.</param>
    /// <exception cref="InvalidOperationException">An ingest batch is open.</exception>
    /// <exception cref="IOException">The decisions file exists but cannot be read.</exception>
    public ResolutionOutcome ResolveEntities(string? decisionsFile = null)
    {
        if (_batch is not null || _batchTransaction is not null)
        {
            throw new InvalidOperationException("Entity resolution cannot run while an ingest batch is open.");
        }

        decisionsFile ??= UserDecisions.PathFor(Path);
        var entities = ResolutionEntities();
        var (plan, parseErrors) = Plan(entities, decisionsFile, File.Exists(decisionsFile) ? File.ReadLines(decisionsFile) : []);
        var before = CurrentMerges();

        try
        {
            using var transaction = _connection.BeginTransaction();
            var previous = ScopedResolvedKeysBefore(plan, transaction);
            WriteMerges(plan, transaction);
            WriteMergedRelations(plan, transaction);
            WriteAmbiguousAliases(entities, plan, transaction);
            if (previous is not null)
            {
                WriteRetiredKeys(previous, transaction);
            }

            transaction.Commit();
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{Path}: {ex.Message}", ex);
        }

        var changes = new List<MergeChange>();
        foreach (string id in before.Keys.Union(plan.Merges.Keys).Order(StringComparer.Ordinal))
        {
            bool was = before.TryGetValue(id, out var old);
            bool now = plan.Merges.TryGetValue(id, out var current);
            if (was != now || old != current)
            {
                changes.Add(new MergeChange(id, was ? old.Into : null, now ? current.Into : null, now ? current.Reason : null));
            }
        }

        return new ResolutionOutcome(plan.Merges.Count, changes, [.. parseErrors, .. plan.Errors]);
    }

    /// <summary>
    /// The errors resolution would report for a decisions file holding <paramref name="lines"/> (named
    /// <paramref name="fileName"/> in them), changing nothing: a caller checks a decision before recording it.
    /// </summary>
    public IReadOnlyList<string> DecisionErrors(string fileName, IEnumerable<string> lines)
    {
        var (plan, parseErrors) = Plan(ResolutionEntities(), fileName, lines);
        return [.. parseErrors, .. plan.Errors];
    }

    /// <summary>Every merged-away entity with its canonical entity and the reason, ordered by id.</summary>
    public IReadOnlyDictionary<string, (string Into, string Reason)> CurrentMerges()
    {
        var merges = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var reader in Rows("SELECT entity_id, into_id, reason FROM merges"))
        {
            merges[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return merges;
    }

    /// <summary>Every stored entity under its raw id, with its aliases and mentions, ordered by id.</summary>
    public IReadOnlyList<ResolutionEntity> ResolutionEntities()
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var reader in Rows("SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias"))
        {
            string id = reader.GetString(0);
            if (!aliases.TryGetValue(id, out var list))
            {
                aliases[id] = list = [];
            }

            list.Add(Text(reader, 1)!);
        }

        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reader in Rows("SELECT entity_id, SUM(count) FROM mentions GROUP BY entity_id"))
        {
            mentions[reader.GetString(0)] = reader.GetInt32(1);
        }

        return Rows("SELECT id, type, name FROM entities ORDER BY id")
            .Select(r => (Id: r.GetString(0), Type: ParseType(r, 1), Name: Text(r, 2)!))
            .ToList()
            .Select(e => new ResolutionEntity(e.Id, e.Type, e.Name, aliases.GetValueOrDefault(e.Id) ?? [], mentions.GetValueOrDefault(e.Id)))
            .ToList();
    }

    /// <summary>
    /// Canonical entities with their mentions, articles and merged ids, most mentioned first, then by id: what readers
    /// yield, counted.
    /// </summary>
    public IReadOnlyList<EntitySummary> EntitySummaries()
    {
        var counts = new Dictionary<string, (int Mentions, int Articles)>(StringComparer.Ordinal);
        foreach (var mention in Mentions())
        {
            var (mentions, articles) = counts.GetValueOrDefault(mention.EntityId);
            counts[mention.EntityId] = (mentions + mention.Count, articles + 1);
        }

        var merged = CurrentMerges().GroupBy(m => m.Value.Into, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return Entities()
            .Select(e => merged.GetValueOrDefault(e.Id) is { } group
                ? new EntitySummary(e, counts.GetValueOrDefault(e.Id).Mentions, counts.GetValueOrDefault(e.Id).Articles, [.. group.Select(m => m.Key)], [.. group.Select(m => m.Value.Reason)])
                : new EntitySummary(e, counts.GetValueOrDefault(e.Id).Mentions, counts.GetValueOrDefault(e.Id).Articles, [], []))
            .OrderByDescending(s => s.Mentions).ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Likely duplicates not merged yet (<see cref="DuplicateFinder"/>), leaving out pairs the decisions file splits.
    /// </summary>
    public IReadOnlyList<DuplicateCandidate> Duplicates(string? decisionsFile = null)
    {
        decisionsFile ??= UserDecisions.PathFor(Path);
        var entities = ResolutionEntities();
        var types = entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var splits = new HashSet<(string, string)>();
        if (File.Exists(decisionsFile))
        {
            var (decisions, _) = UserDecisions.Parse(decisionsFile, File.ReadLines(decisionsFile), id => types.TryGetValue(id, out var t) ? t : null);
            var last = new Dictionary<(string, string), UserDecision>();
            foreach (var decision in decisions)
            {
                last[decision.Pair] = decision;
            }

            splits.UnionWith(last.Values.Where(d => !d.IsMerge).Select(d => d.Pair));
        }

        var merges = CurrentMerges().ToDictionary(m => m.Key, m => m.Value.Into, StringComparer.Ordinal);
        return DuplicateFinder.Find(
            ResolutionGroup.Of(entities, merges),
            (a, b) => splits.Contains(string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a)));
    }

    private static (MergePlan Plan, IReadOnlyList<string> ParseErrors) Plan(IReadOnlyList<ResolutionEntity> entities, string fileName, IEnumerable<string> lines)
    {
        var types = entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var (decisions, parseErrors) = UserDecisions.Parse(fileName, lines, id => types.TryGetValue(id, out var t) ? t : null);
        return (MergePlanner.Plan(fileName, decisions, AutomaticMerges.Find(entities)), parseErrors);
    }

    private void WriteMerges(MergePlan plan, SqliteTransaction transaction)
    {
        Execute(_connection, "DELETE FROM merged_relations; DELETE FROM merges; DELETE FROM ambiguous_aliases;", transaction);
        InsertRows(transaction, "merges", ["entity_id", "into_id", "reason"], plan.Merges.Select(m => new object?[] { m.Key, m.Value.Into, m.Value.Reason }));
    }

    // Every relation with an end merged away gets its re-keyed ends and id (null when it becomes a self-loop), written
    // as it is read: relations are streamed, never held.
    private void WriteMergedRelations(MergePlan plan, SqliteTransaction transaction)
    {
        if (plan.Merges.Count > 0)
        {
            InsertRows(transaction, "merged_relations", ["relation_id", "resolved_id", "subject_id", "object_id"], MergedRelations(plan, transaction));
        }
    }

    private IEnumerable<object?[]> MergedRelations(MergePlan plan, SqliteTransaction transaction)
    {
        foreach (var reader in Rows("""
            SELECT id, subject_id, predicate, object_id, title, status FROM relations
            WHERE subject_id IN (SELECT entity_id FROM merges) OR object_id IN (SELECT entity_id FROM merges)
            ORDER BY id
            """, transaction))
        {
            string relationId = reader.GetString(0);
            var predicate = ParsePredicate(reader, 2, relationId);
            string subject = Canonical(plan, reader.GetString(1)), obj = Canonical(plan, reader.GetString(3));
            if (PredicateInfo.Of(predicate).IsSymmetric && string.CompareOrdinal(subject, obj) > 0)
            {
                (subject, obj) = (obj, subject);
            }

            yield return [relationId, subject == obj ? null : StableId.Relation(subject, predicate, obj, Text(reader, 4), Status(reader, 5)), subject, obj];
        }
    }

    // An alias (folded) that two canonical entities hold, by name or alias, points at neither: readers drop it.
    private static void WriteAmbiguousAliases(IReadOnlyList<ResolutionEntity> entities, MergePlan plan, SqliteTransaction transaction)
    {
        var holder = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            string canonical = Canonical(plan, entity.Id);
            foreach (string key in entity.Aliases.Append(entity.Name).Select(AliasKey.Fold).Distinct(StringComparer.Ordinal))
            {
                if (!holder.TryAdd(key, canonical) && holder[key] != canonical)
                {
                    ambiguous.Add(key);
                }
            }
        }

        InsertRows(transaction, "ambiguous_aliases", ["folded"], ambiguous.Select(key => new object?[] { key }));
    }

    // Inserts each row (values in the order of the columns, null for NULL) through one command.
    private static void InsertRows(SqliteTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        using var insert = transaction.Connection!.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var parameters = columns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
        foreach (var row in rows)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }
    }

    private static string Canonical(MergePlan plan, string id) => plan.Merges.TryGetValue(id, out var merge) ? merge.Into : id;
}
