using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/path?from=&amp;to=</c> (+ filters): a shortest undirected path, breadth-first from
/// <c>from</c>, neighbours taken in id order so ties always break the same way; between two steps the edge
/// with the most evidence (then the smallest id). Paths longer than <see cref="MaxHops"/> are not sought.
/// </summary>
internal static class PathEndpoint
{
    /// <summary>The longest path sought, in edges.</summary>
    public const int MaxHops = 12;

    /// <summary>The path, or empty lists when there is none.</summary>
    public static PathResponse Answer(ViewGraph graph, QueryParameters query)
    {
        string fromId = query.Required("from");
        string toId = query.Required("to");
        var filter = FilterParameters.Parse(query);
        var from = graph.Entity(fromId) ?? throw ApiException.NotFound("entity", fromId);
        var to = graph.Entity(toId) ?? throw ApiException.NotFound("entity", toId);
        if (!filter.Passes(from) || !filter.Passes(to))
        {
            return new PathResponse([], []);
        }

        var parents = new Dictionary<string, string>(StringComparer.Ordinal) { [from.Id] = from.Id };
        var frontier = new List<string> { from.Id };
        for (int hop = 0; hop < MaxHops && frontier.Count > 0 && !parents.ContainsKey(to.Id); hop++)
        {
            var next = new List<string>();
            foreach (string id in frontier)
            {
                foreach (string other in Neighbours(graph, id, filter))
                {
                    if (parents.TryAdd(other, id))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        if (!parents.ContainsKey(to.Id))
        {
            return new PathResponse([], []);
        }

        var path = new List<string> { to.Id };
        while (path[^1] != from.Id)
        {
            path.Add(parents[path[^1]]);
        }

        path.Reverse();
        var edges = path.Zip(path.Skip(1), (a, b) => graph.RelationsOf(a)
            .Where(r => r.Other(a) == b && filter.Passes(r, graph))
            .OrderByDescending(r => r.EvidenceCount)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .First());
        return new PathResponse([.. path.Select(id => ApiShapes.Node(graph.Entity(id)!))], [.. edges.Select(ApiShapes.Edge)]);
    }

    private static IEnumerable<string> Neighbours(ViewGraph graph, string id, ViewFilter filter) =>
        graph.RelationsOf(id)
            .Where(r => r.SubjectId != r.ObjectId && filter.Passes(r, graph))
            .Select(r => r.Other(id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
}

/// <summary>The answer of <c>/api/path</c>.</summary>
/// <param name="Nodes">The entities in path order, from first.</param>
/// <param name="Edges">One edge per step, in path order.</param>
public sealed record PathResponse(IReadOnlyList<ApiNode> Nodes, IReadOnlyList<ApiEdge> Edges);
