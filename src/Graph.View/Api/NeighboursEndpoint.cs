using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/node/{id}/neighbours?offset=0&amp;limit=50</c> (+ filters): one page of an entity's
/// neighbours, strongest first, with every edge between the entity and them. A hub's thousands of
/// neighbours come a page at a time.
/// </summary>
internal static class NeighboursEndpoint
{
    /// <summary>One page of neighbours.</summary>
    public static NeighboursResponse Answer(ViewGraph graph, string id, QueryParameters query)
    {
        int offset = query.Int("offset", 0, 0, int.MaxValue);
        int limit = query.Int("limit", 50, 1, 500);
        var filter = FilterParameters.Parse(query);
        if (graph.Entity(id) is null)
        {
            throw ApiException.NotFound("entity", id);
        }

        // The default view's ranking was made once when the graph was read; any other filter ranks here.
        var ranked = filter == ViewFilter.Default ? graph.NeighboursAt(graph.PlaceOf(id)) : Ranked(graph, id, filter);
        var page = ranked.Skip(offset).Take(limit).ToList();
        return new NeighboursResponse(
            [.. page.Select(n => ApiShapes.Node(graph.EntitiesByMentions[n.Place]))],
            [.. page.SelectMany(n => n.Edges).OrderBy(r => r.Place).Select(ApiShapes.Edge)],
            ranked.Count,
            offset,
            limit,
            Math.Max(0, ranked.Count - offset - page.Count));
    }

    // The entity's relations that pass, grouped by the other end, strongest first, then id. Loops add no neighbour.
    private static List<Neighbour> Ranked(ViewGraph graph, string id, ViewFilter filter) =>
    [
        .. graph.RelationsOf(id)
            .Where(r => r.SubjectId != r.ObjectId && filter.Passes(r))
            .GroupBy(r => r.Other(id), StringComparer.Ordinal)
            .Select(g => (Entity: graph.Entity(g.Key)!, Edges: g.ToList()))
            .Where(n => filter.Passes(n.Entity))
            .Select(n => new Neighbour(graph.PlaceOf(n.Entity.Id), n.Edges.Max(r => r.EvidenceCount), n.Edges))
            .OrderByDescending(n => n.Strength)
            .ThenBy(n => graph.EntitiesByMentions[n.Place].Id, StringComparer.Ordinal),
    ];
}

/// <summary>The answer of <c>/api/node/{id}/neighbours</c>.</summary>
/// <param name="Nodes">The page's neighbours, strongest edge first, then by id.</param>
/// <param name="Edges">Every edge between the entity and them, by id.</param>
/// <param name="Total">How many neighbours pass the filters.</param>
/// <param name="Offset">Where the page starts.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="More">How many neighbours come after this page.</param>
public sealed record NeighboursResponse(IReadOnlyList<ApiNode> Nodes, IReadOnlyList<ApiEdge> Edges, int Total, int Offset, int Limit, int More);
