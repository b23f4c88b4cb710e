using System.Net;
using Graph.View.Api;
using Graph.View.Api.Shapes;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class NeighboursEndpointTests(SampleServerFixture fixture)
{
    private ViewEntity Hub => fixture.Server.Graph.Entities
        .OrderByDescending(e => fixture.Server.Graph.RelationsOf(e.Id).Count(r => r.Relation.IsAsserted))
        .ThenBy(e => e.Id, StringComparer.Ordinal)
        .First();

    [Fact]
    public async Task Neighbours_Pages_CoverEveryNeighbourOnce()
    {
        string centre = Hub.Id;
        var first = await ApiCall.Get(fixture.Client, $"/api/node/{centre}/neighbours?limit=2");
        int total = (int)first.Object["total"]!;
        Assert.True(total > 2, "the hub has more than one page of neighbours");
        Assert.Equal(total - 2, (int)first.Object["more"]!);

        var seen = new List<string>();
        for (int offset = 0; offset < total; offset += 2)
        {
            var page = await ApiCall.Get(fixture.Client, $"/api/node/{centre}/neighbours?offset={offset}&limit=2");
            Assert.Equal(offset, (int)page.Object["offset"]!);
            Assert.Equal(2, (int)page.Object["limit"]!);
            Assert.Equal(Math.Max(0, total - offset - 2), (int)page.Object["more"]!);
            var ids = page.Object["nodes"]!.Select(n => (string)n["id"]!).ToList();
            seen.AddRange(ids);

            // Every edge joins the centre to a neighbour of this page, and each neighbour has one.
            Assert.All(page.Object["edges"]!, e =>
            {
                string source = (string)e["source"]!, target = (string)e["target"]!;
                Assert.True(source == centre || target == centre);
                Assert.Contains(source == centre ? target : source, ids);
            });
            Assert.All(ids, id => Assert.Contains(page.Object["edges"]!, e => (string)e["source"]! == id || (string)e["target"]! == id));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Neighbours_StrongestFirst()
    {
        var call = await ApiCall.Get(fixture.Client, $"/api/node/{Hub.Id}/neighbours?limit=500");

        var strength = call.Object["nodes"]!.Select(n => call.Object["edges"]!
            .Where(e => (string)e["source"]! == (string)n["id"]! || (string)e["target"]! == (string)n["id"]!)
            .Max(e => (int)e["evidence"]!)).ToList();
        Assert.Equal(strength.OrderDescending(), strength);
    }

    [Fact]
    public async Task Neighbours_PastTheEnd_IsAnEmptyPage()
    {
        var call = await ApiCall.Get(fixture.Client, $"/api/node/{Hub.Id}/neighbours?offset=100000");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Empty(call.Object["nodes"]!);
        Assert.Empty(call.Object["edges"]!);
        Assert.Equal(0, (int)call.Object["more"]!);
    }

    [Fact]
    public async Task Neighbours_Filters_ApplyToEdgesAndNodes()
    {
        var graph = fixture.Server.Graph;
        var relation = graph.RelationsOf(Hub.Id).First(r => r.Relation.IsAsserted && r.SubjectId != r.ObjectId);
        string predicate = relation.Relation.Info.Name;
        string otherType = graph.Entity(relation.Other(Hub.Id))!.Type.ToString();

        var call = await ApiCall.Get(fixture.Client, $"/api/node/{Hub.Id}/neighbours?predicates={predicate}&types={Hub.Type},{otherType}");

        Assert.NotEmpty(call.Object["edges"]!);
        Assert.All(call.Object["edges"]!, e => Assert.Equal(predicate, (string)e["predicate"]!));
        Assert.All(call.Object["nodes"]!, n => Assert.Contains((string)n["type"]!, new[] { Hub.Type.ToString(), otherType }));
    }

    [Theory]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=1e3", "offset")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("status=ALL%00", "status")]
    public async Task Neighbours_BadParameter_Is400(string query, string parameter)
    {
        var call = await ApiCall.Get(fixture.Client, $"/api/node/{Hub.Id}/neighbours?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.StartsWith(parameter + ":", (string)call.Object["error"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("status=asserted")]
    [InlineData("status=all")]
    [InlineData("types=Person,Country")]
    [InlineData("predicates=MEET,VISIT,PRAISE")]
    [InlineData("since=2021-01-01")]
    public void Neighbours_OnALargerGraph_GiveWhatGroupingEveryRelationGives(string parameters)
    {
        var graph = ViewGraph.Build(RandomGraph.Source(seed: 7));
        foreach (var entity in graph.EntitiesByMentions.Take(30).Concat(graph.Entities.Take(30)))
        {
            foreach (string page in new[] { "offset=0&limit=5", "offset=5&limit=7", "offset=0&limit=500", "offset=1000&limit=3" })
            {
                var query = QueryOf.Text($"{page}&{parameters}");

                Assert.Equal(ApiJson.Serialize(Reference(graph, entity.Id, query)), ApiJson.Serialize(NeighboursEndpoint.Answer(graph, entity.Id, query)));
            }
        }
    }

    // One page by its definition: the passing relations grouped by the other end, strongest first, then id.
    private static NeighboursResponse Reference(ViewGraph graph, string id, QueryParameters query)
    {
        int offset = query.Int("offset", 0, 0, int.MaxValue);
        int limit = query.Int("limit", 50, 1, 500);
        var filter = FilterParameters.Parse(query);
        var byNeighbour = graph.RelationsOf(id)
            .Where(r => r.SubjectId != r.ObjectId && filter.Passes(r))
            .GroupBy(r => r.Other(id), StringComparer.Ordinal)
            .Select(g => (Entity: graph.Entity(g.Key)!, Edges: g.ToList(), Strength: g.Max(r => r.EvidenceCount)))
            .Where(n => filter.Passes(n.Entity))
            .OrderByDescending(n => n.Strength)
            .ThenBy(n => n.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var page = byNeighbour.Skip(offset).Take(limit).ToList();
        return new NeighboursResponse(
            [.. page.Select(n => ApiShapes.Node(n.Entity))],
            [.. page.SelectMany(n => n.Edges).OrderBy(r => r.Id, StringComparer.Ordinal).Select(ApiShapes.Edge)],
            byNeighbour.Count,
            offset,
            limit,
            Math.Max(0, byNeighbour.Count - offset - page.Count));
    }
}
