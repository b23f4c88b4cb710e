using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/search?q=&amp;type=&amp;limit=20</c>: entities by name or alias, accent- and case-insensitive;
/// a name that starts with the query first, then one with a word that does, then one that holds it.
/// </summary>
internal static class SearchEndpoint
{
    /// <summary>The matches of the query.</summary>
    public static SearchResponse Answer(ViewGraph graph, QueryParameters query)
    {
        string q = query.Text("q") ?? string.Empty;
        var type = query.Text("type") is { } name ? FilterParameters.EntityTypeOf("type", name) : (Graph.Model.EntityType?)null;
        int limit = query.Int("limit", 20, 1, 100);
        var matches = graph.Search.Find(q, type);
        return new SearchResponse(
            q,
            matches.Count,
            [.. matches.Take(limit).Select(m => ApiShapes.Node(m.Entity) with { Matched = m.Matched })]);
    }
}

/// <summary>The answer of <c>/api/search</c>.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Total">How many entities match.</param>
/// <param name="Items">The first of them, each with the name or alias that matched.</param>
public sealed record SearchResponse(string Query, int Total, IReadOnlyList<ApiNode> Items);
