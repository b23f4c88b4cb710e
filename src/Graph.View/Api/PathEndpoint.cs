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

        // Breadth-first over places in the mentions order, parents in an array; the search stops as soon as `to`
        // is reached, which leaves every parent on its path as a full level-by-level search would.
        int fromPlace = graph.PlaceOf(from.Id), toPlace = graph.PlaceOf(to.Id);
        var parents = new int[graph.EntitiesByMentions.Count];
        Array.Fill(parents, -1);
        parents[fromPlace] = fromPlace;
        var frontier = new List<int> { fromPlace };
        for (int hop = 0; hop < MaxHops && frontier.Count > 0 && parents[toPlace] < 0; hop++)
        {
            var next = new List<int>();
            foreach (int place in frontier)
            {
                if (Visit(graph, place, filter, parents, next, toPlace))
                {
                    break;
                }
            }

            frontier = next;
        }

        if (parents[toPlace] < 0)
        {
            return new PathResponse([], []);
        }

        var places = new List<int> { toPlace };
        while (places[^1] != fromPlace)
        {
            places.Add(parents[places[^1]]);
        }

        places.Reverse();
        var path = places.Select(p => graph.EntitiesByMentions[p].Id).ToList();
        var edges = path.Zip(path.Skip(1), (a, b) => graph.RelationsOf(a)
            .Where(r => r.Other(a) == b && filter.Passes(r))
            .OrderByDescending(r => r.EvidenceCount)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .First());
        return new PathResponse([.. path.Select(id => ApiShapes.Node(graph.Entity(id)!))], [.. edges.Select(ApiShapes.Edge)]);
    }

    // Gives the unvisited neighbours of `place` their parent, in id order (the links come sorted by the other
    // end's id; a neighbour joined by several edges counts once); true once `target` is reached.
    private static bool Visit(ViewGraph graph, int place, ViewFilter filter, int[] parents, List<int> next, int target)
    {
        int previous = -1;
        foreach (var (other, relation) in graph.LinksAt(place))
        {
            if (other == previous || !filter.Passes(relation))
            {
                continue;
            }

            previous = other;
            if (parents[other] < 0)
            {
                parents[other] = place;
                next.Add(other);
                if (other == target)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>The answer of <c>/api/path</c>.</summary>
/// <param name="Nodes">The entities in path order, from first.</param>
/// <param name="Edges">One edge per step, in path order.</param>
public sealed record PathResponse(IReadOnlyList<ApiNode> Nodes, IReadOnlyList<ApiEdge> Edges);
