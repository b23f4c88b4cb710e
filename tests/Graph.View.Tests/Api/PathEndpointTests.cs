using System.Net;
using Graph.View.Api;
using Graph.View.Api.Shapes;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class PathEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Path_IsShortestAndJoinedByItsEdges()
    {
        var graph = fixture.Server.Graph;
        var (from, to, hops) = FarthestPair(graph);
        Assert.True(hops >= 2, "the sample graph has a path of two steps or more");

        var call = await ApiCall.Get(fixture.Client, $"/api/path?from={from}&to={to}");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        var nodes = call.Object["nodes"]!.Select(n => (string)n["id"]!).ToList();
        var edges = call.Object["edges"]!.ToList();
        Assert.Equal(from, nodes[0]);
        Assert.Equal(to, nodes[^1]);
        Assert.Equal(hops, edges.Count);
        Assert.Equal(hops + 1, nodes.Count);
        for (int i = 0; i < edges.Count; i++)
        {
            var ends = new[] { (string)edges[i]["source"]!, (string)edges[i]["target"]! };
            Assert.Contains(nodes[i], ends);
            Assert.Contains(nodes[i + 1], ends);
        }
    }

    [Fact]
    public async Task Path_SameEntity_IsThatEntityAlone()
    {
        string id = fixture.Server.Graph.Entities[0].Id;

        var call = await ApiCall.Get(fixture.Client, $"/api/path?from={id}&to={id}");

        Assert.Equal(id, (string)call.Object["nodes"]!.Single()["id"]!);
        Assert.Empty(call.Object["edges"]!);
    }

    [Fact]
    public async Task Path_NoneUnderTheFilters_IsEmpty()
    {
        var (from, to, _) = FarthestPair(fixture.Server.Graph);

        var call = await ApiCall.Get(fixture.Client, $"/api/path?from={from}&to={to}&since=1900-01-01&until=1900-01-02");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Empty(call.Object["nodes"]!);
        Assert.Empty(call.Object["edges"]!);
    }

    [Theory]
    [InlineData("/api/path?to=country:iraq", HttpStatusCode.BadRequest)]
    [InlineData("/api/path?from=country:iraq", HttpStatusCode.BadRequest)]
    [InlineData("/api/path?from=country:atlantis&to=country:iraq", HttpStatusCode.NotFound)]
    public async Task Path_MissingOrUnknownEnd_IsAnError(string path, HttpStatusCode status)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(status, call.Status);
        Assert.NotNull((string?)call.Object["error"]);
    }

    // The pair of entities furthest apart over asserted relations (breadth-first, computed here independently).
    private static (string From, string To, int Hops) FarthestPair(ViewGraph graph)
    {
        var best = (From: string.Empty, To: string.Empty, Hops: -1);
        foreach (var start in graph.Entities)
        {
            var distance = new Dictionary<string, int> { [start.Id] = 0 };
            var queue = new Queue<string>([start.Id]);
            while (queue.TryDequeue(out string? id))
            {
                foreach (var relation in graph.RelationsOf(id).Where(r => r.Relation.IsAsserted))
                {
                    if (distance.TryAdd(relation.Other(id), distance[id] + 1))
                    {
                        queue.Enqueue(relation.Other(id));
                    }
                }
            }

            foreach (var (id, hops) in distance)
            {
                if (hops > best.Hops)
                {
                    best = (start.Id, id, hops);
                }
            }
        }

        return best;
    }

    [Theory]
    [InlineData("")]
    [InlineData("status=all")]
    [InlineData("types=Person,Organization,Country")]
    [InlineData("predicates=MEET,VISIT,PRAISE,COOPERATE&status=all")]
    [InlineData("since=2021-01-01")]
    public void Path_OnALargerGraph_GivesWhatALevelByLevelSearchGives(string parameters)
    {
        var graph = ViewGraph.Build(RandomGraph.Source(seed: 4, entities: 300, relations: 500));
        var ends = graph.EntitiesByMentions.Take(12).Concat(graph.Entities.Take(12)).Select(e => e.Id).ToList();
        foreach (string from in ends)
        {
            foreach (string to in ends)
            {
                var query = QueryOf.Text($"from={from}&to={to}&{parameters}");

                Assert.Equal(ApiJson.Serialize(Reference(graph, query)), ApiJson.Serialize(PathEndpoint.Answer(graph, query)));
            }
        }
    }

    // The path by its definition: breadth-first one whole level at a time, neighbours by id.
    private static PathResponse Reference(ViewGraph graph, QueryParameters query)
    {
        var filter = FilterParameters.Parse(query);
        var from = graph.Entity(query.Required("from"))!;
        var to = graph.Entity(query.Required("to"))!;
        if (!filter.Passes(from) || !filter.Passes(to))
        {
            return new PathResponse([], []);
        }

        var parents = new Dictionary<string, string>(StringComparer.Ordinal) { [from.Id] = from.Id };
        var frontier = new List<string> { from.Id };
        for (int hop = 0; hop < PathEndpoint.MaxHops && frontier.Count > 0 && !parents.ContainsKey(to.Id); hop++)
        {
            var next = new List<string>();
            foreach (string id in frontier)
            {
                var neighbours = graph.LinksOf(id).Where(l => filter.Passes(l.Relation)).Select(l => l.Other).Distinct(StringComparer.Ordinal);
                next.AddRange(neighbours.Where(other => parents.TryAdd(other, id)));
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
            .Where(r => r.Other(a) == b && filter.Passes(r))
            .OrderByDescending(r => r.EvidenceCount)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .First());
        return new PathResponse([.. path.Select(id => ApiShapes.Node(graph.Entity(id)!))], [.. edges.Select(ApiShapes.Edge)]);
    }
}
