using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/dump?around=&amp;depth=2&amp;since=</c>: the whole graph (or the part the scope selects) in one
/// document, the data a self-contained page carries; the front end answers every API call from it.
/// </summary>
internal static class DumpEndpoint
{
    /// <summary>The dump of the scope the parameters give.</summary>
    public static DumpResponse Answer(ViewGraph graph, QueryParameters query)
    {
        string? around = query.Text("around");
        int depth = query.Int("depth", 2, 0, 10);
        var since = query.Date("since");
        var centre = around is null ? null : graph.Resolve(around) ?? throw new ApiException(404, $"around: no entity named '{around}'");
        return Of(graph.Subgraph(new SubgraphScope(centre, depth, since)));
    }

    /// <summary>The dump of all of <paramref name="graph"/>.</summary>
    public static DumpResponse Of(ViewGraph graph) => new(
        1,
        MetaEndpoint.Answer(graph),
        [.. graph.Entities.Select(ApiShapes.NodeWithAliases)],
        [.. graph.Relations.Select(ApiShapes.Edge)],
        new SortedDictionary<string, IReadOnlyList<ApiEvidence>>(
            graph.Relations.ToDictionary(r => r.Id, r => ApiShapes.Evidence(r, graph), StringComparer.Ordinal), StringComparer.Ordinal),
        [.. graph.Articles.Select(ApiShapes.ArticleWithFile)],
        [.. graph.Mentions.Select(m => new object[] { m.EntityId, m.ArticleId, m.Count })]);
}

/// <summary>The dump: everything the front end needs to answer every API call itself.</summary>
/// <param name="Version">Format version (1).</param>
/// <param name="Meta">As <c>/api/meta</c>.</param>
/// <param name="Nodes">Every entity with its aliases, by id.</param>
/// <param name="Edges">Every relation, every status, by id.</param>
/// <param name="Evidence">Each relation's evidence as <c>/api/fact</c> gives it, keyed by relation id.</param>
/// <param name="Articles">Every article with its file name, by id.</param>
/// <param name="Mentions">[entity id, article id, count], by entity id, then article id.</param>
public sealed record DumpResponse(
    int Version,
    MetaResponse Meta,
    IReadOnlyList<ApiNode> Nodes,
    IReadOnlyList<ApiEdge> Edges,
    IReadOnlyDictionary<string, IReadOnlyList<ApiEvidence>> Evidence,
    IReadOnlyList<ApiArticleRef> Articles,
    IReadOnlyList<object[]> Mentions);
