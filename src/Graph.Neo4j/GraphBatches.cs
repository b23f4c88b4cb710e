using Graph.Model;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j;

/// <summary>
/// Turns a graph into the ordered batches both the push and the script export run: the deletion of merged-away
/// entities, of retired events, then of the links an earlier resolution produced (none for a graph that never merged),
/// then articles, entities
/// and events first, then mentions, the direct relationships and the event roles. The same source
/// always yields the same batches in the same order.
/// </summary>
public static class GraphBatches
{
    /// <summary>Rows per batch when the caller does not choose.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>The batches for <paramref name="source"/>, at most <paramref name="batchSize"/> rows each.</summary>
    public static IEnumerable<GraphBatch> Enumerate(IGraphSource source, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return EnumerateCore(source, batchSize);
    }

    /// <summary>
    /// How many rows <see cref="Enumerate"/> yields for a graph of <paramref name="size"/>: a row per retired node and link, a node row per article,
    /// entity and event; a relationship row per mention and relation; and per event its actor, target and
    /// article, plus its place and its source when named.
    /// </summary>
    public static long RowCount(GraphSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return size.RetiredNodes + size.RetiredLinks + size.Articles + size.Entities + size.ActionEvidence + size.Mentions + size.Relations
            + (3 * size.ActionEvidence) + size.ActionEvidenceWithPlace + size.ActionEvidenceWithSource;
    }

    private static IEnumerable<GraphBatch> EnumerateCore(IGraphSource source, int batchSize)
    {
        var batcher = new Batcher(batchSize);
        IEnumerable<IEnumerable<(CypherStatement Statement, IReadOnlyDictionary<string, object?> Row)>> phases =
        [
            source.RetiredEntityIds().Select(id => (GraphStatements.RetiredEntities, GraphRows.Retired(id))),
            source.RetiredEventIds().Select(id => (GraphStatements.RetiredEvents, GraphRows.Retired(id))),
            source.RetiredLinks().Select(link => (GraphStatements.Retired(link.Kind), GraphRows.Retired(link))),
            source.Articles().Select(a => (GraphStatements.ArticleNodes, GraphRows.Article(a))),
            source.Entities().Select(e => (GraphStatements.EntityNodes(e.Type), GraphRows.Entity(e))),
            source.Relations().SelectMany(GraphRows.EventNodes),
            source.Mentions().Select(m => (GraphStatements.Mentions, GraphRows.Mention(m))),
            source.Relations().SelectMany(GraphRows.RelationRows),
        ];

        foreach (var phase in phases)
        {
            foreach (var (statement, row) in phase)
            {
                if (batcher.Add(statement, row) is { } full)
                {
                    yield return full;
                }
            }

            // Everything a phase writes is in the database before the next phase needs it.
            foreach (GraphBatch rest in batcher.Flush())
            {
                yield return rest;
            }
        }
    }
}
