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

    // The entity's links (loops left out) that pass, ranked as the default view's are.
    private static Neighbour[] Ranked(ViewGraph graph, string id, ViewFilter filter) =>
        Neighbour.Rank(
            graph.LinksAt(graph.PlaceOf(id)).Where(l => filter.Passes(l.Relation) && filter.Passes(graph.EntitiesByMentions[l.Other])),
            graph.EntitiesByMentions);
}

/// <summary>The answer of <c>/api/node/{id}/neighbours</c>.</summary>
/// <param name="Nodes">The page's neighbours, strongest edge first, then by id.</param>
/// <param name="Edges">Every edge between the entity and them, by id.</param>
/// <param name="Total">How many neighbours pass the filters.</param>
/// <param name="Offset">Where the page starts.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="More">How many neighbours come after this page.</param>
public sealed record NeighboursResponse(IReadOnlyList<ApiNode> Nodes, IReadOnlyList<ApiEdge> Edges, int Total, int Offset, int Limit, int More);
