using System.Net;
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
}
