using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/top?entities=25&amp;relations=50</c> (+ filters): the landing view, the most mentioned entities
/// and the relations among them with the most evidence.
/// </summary>
internal static class TopEndpoint
{
    /// <summary>The landing view.</summary>
    public static TopResponse Answer(ViewGraph graph, QueryParameters query)
    {
        int entityCount = query.Int("entities", 25, 1, 500);
        int relationCount = query.Int("relations", 50, 0, 2000);
        var filter = FilterParameters.Parse(query);

        // With a predicate or date filter, an entity shown must take part in some relation that passes it.
        bool needsRelation = filter.Predicates is not null || filter.HasDateRange;
        var candidates = graph.EntitiesByMentions
            .Where(e => filter.Passes(e) && (!needsRelation || graph.RelationsOf(e.Id).Any(r => filter.Passes(r, graph))))
            .ToList();
        var nodes = candidates.Take(entityCount).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = nodes
            .SelectMany(n => graph.RelationsOf(n.Id))
            .Distinct()
            .Where(r => ids.Contains(r.SubjectId) && ids.Contains(r.ObjectId) && filter.Passes(r, graph))
            .OrderByDescending(r => r.EvidenceCount)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new TopResponse(
            [.. nodes.Select(ApiShapes.Node)],
            [.. edges.Take(relationCount).Select(ApiShapes.Edge)],
            new Omitted(candidates.Count - nodes.Count, Math.Max(0, edges.Count - relationCount)));
    }
}

/// <summary>The answer of <c>/api/top</c>.</summary>
/// <param name="Nodes">The most mentioned entities, most first.</param>
/// <param name="Edges">The relations among them, most evidence first.</param>
/// <param name="Omitted">What the limits left out.</param>
public sealed record TopResponse(IReadOnlyList<ApiNode> Nodes, IReadOnlyList<ApiEdge> Edges, Omitted Omitted);

/// <summary>How many entities and relations passed the filters but were left out by the limits.</summary>
/// <param name="Nodes">Entities left out.</param>
/// <param name="Edges">Relations among the shown entities left out.</param>
public sealed record Omitted(int Nodes, int Edges);
