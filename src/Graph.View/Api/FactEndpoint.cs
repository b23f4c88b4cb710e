using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary><c>GET /api/fact/{id}</c>: a relation with every sentence that states it.</summary>
internal static class FactEndpoint
{
    /// <summary>The relation and its evidence.</summary>
    public static FactResponse Answer(ViewGraph graph, string id)
    {
        var relation = graph.Relation(id) ?? throw ApiException.NotFound("fact", id);
        return new FactResponse(
            ApiShapes.Edge(relation),
            ApiShapes.Node(graph.Entity(relation.SubjectId)!),
            ApiShapes.Node(graph.Entity(relation.ObjectId)!),
            ApiShapes.Evidence(relation, graph));
    }
}

/// <summary>The answer of <c>/api/fact/{id}</c>.</summary>
/// <param name="Edge">The relation.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Object">Its object.</param>
/// <param name="Evidence">Every sentence that states it, by article id, then sentence index.</param>
public sealed record FactResponse(ApiEdge Edge, ApiNode Subject, ApiNode Object, IReadOnlyList<ApiEvidence> Evidence);
