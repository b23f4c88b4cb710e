using System.Net;
using Graph.View.Api;
using Graph.View.Api.Shapes;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class TopEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Top_MostMentionedFirst_EdgesOnlyAmongThem()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/top?entities=5&relations=50");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        var nodes = call.Object["nodes"]!.ToList();
        Assert.Equal(5, nodes.Count);
        Assert.True(nodes.Zip(nodes.Skip(1)).All(p => (int)p.First["mentions"]! >= (int)p.Second["mentions"]!));
        int mostMentioned = fixture.Server.Graph.Entities.Max(e => e.Mentions);
        Assert.Equal(mostMentioned, (int)nodes[0]["mentions"]!);
        var ids = nodes.Select(n => (string)n["id"]!).ToHashSet();
        Assert.All(call.Object["edges"]!, e =>
        {
            Assert.Contains((string)e["source"]!, ids);
            Assert.Contains((string)e["target"]!, ids);
            Assert.Equal("asserted", (string)e["status"]!);
        });
        Assert.Equal(fixture.Server.Graph.Entities.Count - 5, (int)call.Object["omitted"]!["nodes"]!);
    }

    [Fact]
    public async Task Top_RelationLimit_CountsWhatItLeftOut()
    {
        var all = await ApiCall.Get(fixture.Client, "/api/top?entities=500&relations=2000");
        var none = await ApiCall.Get(fixture.Client, "/api/top?entities=500&relations=0");

        Assert.Empty(none.Object["edges"]!);
        Assert.Equal(all.Object["edges"]!.Count(), (int)none.Object["omitted"]!["edges"]!);
        Assert.Equal(0, (int)all.Object["omitted"]!["nodes"]!);
    }

    [Fact]
    public async Task Top_TypeFilter_KeepsOnlyThoseTypes()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/top?entities=500&types=Country,Person");

        Assert.NotEmpty(call.Object["nodes"]!);
        Assert.All(call.Object["nodes"]!, n => Assert.Contains((string)n["type"]!, new[] { "Country", "Person" }));
    }

    [Fact]
    public async Task Top_PredicateFilter_KeepsEntitiesWithSuchARelation()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/top?entities=500&predicates=HOLDS_POSITION");

        Assert.NotEmpty(call.Object["edges"]!);
        Assert.All(call.Object["edges"]!, e => Assert.Equal("HOLDS_POSITION", (string)e["predicate"]!));
        var ends = call.Object["edges"]!.SelectMany(e => new[] { (string)e["source"]!, (string)e["target"]! }).ToHashSet();
        Assert.All(call.Object["nodes"]!, n => Assert.Contains((string)n["id"]!, ends));
    }

    [Theory]
    [InlineData("/api/top?status=maybe", "status")]
    [InlineData("/api/top?types=Person,Robot", "types")]
    [InlineData("/api/top?predicates=LIKES", "predicates")]
    [InlineData("/api/top?since=2021-13-01", "since")]
    [InlineData("/api/top?since=2021-03-01&until=2021-02-01", "since")]
    [InlineData("/api/top?entities=501", "entities")]
    [InlineData("/api/top?relations=-1", "relations")]
    public async Task Top_BadFilter_Is400NamingIt(string path, string parameter)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.StartsWith(parameter + ":", (string)call.Object["error"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("entities=5&relations=3")]
    [InlineData("entities=500&relations=2000")]
    [InlineData("entities=40&types=Person,Country")]
    [InlineData("entities=40&predicates=MEET,VISIT,HOLDS_POSITION")]
    [InlineData("entities=40&predicates=ATTACK&status=all")]
    [InlineData("entities=40&since=2021-01-01&until=2021-06-30")]
    [InlineData("entities=500&relations=2000&since=2021-03-01&types=Person")]
    [InlineData("entities=1&predicates=MEET&until=2020-06-30&status=all")]
    public void Top_OnALargerGraph_GivesWhatScanningEveryEntityGives(string parameters)
    {
        foreach (int seed in new[] { 1, 2 })
        {
            var graph = ViewGraph.Build(RandomGraph.Source(seed));
            var query = QueryOf.Text(parameters);

            Assert.Equal(ApiJson.Serialize(Reference(graph, query)), ApiJson.Serialize(TopEndpoint.Answer(graph, query)));
        }
    }

    // The landing view by its definition: every entity that passes, each checked against its own relations.
    private static TopResponse Reference(ViewGraph graph, QueryParameters query)
    {
        int entityCount = query.Int("entities", 25, 1, 500);
        int relationCount = query.Int("relations", 50, 0, 2000);
        var filter = FilterParameters.Parse(query);
        bool needsRelation = filter.Predicates is not null || filter.HasDateRange;
        var candidates = graph.EntitiesByMentions
            .Where(e => filter.Passes(e) && (!needsRelation || graph.RelationsOf(e.Id).Any(r => filter.Passes(r))))
            .ToList();
        var nodes = candidates.Take(entityCount).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = nodes
            .SelectMany(n => graph.RelationsOf(n.Id))
            .Distinct()
            .Where(r => ids.Contains(r.SubjectId) && ids.Contains(r.ObjectId) && filter.Passes(r))
            .OrderByDescending(r => r.EvidenceCount)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new TopResponse(
            [.. nodes.Select(ApiShapes.Node)],
            [.. edges.Take(relationCount).Select(ApiShapes.Edge)],
            new Omitted(candidates.Count - nodes.Count, Math.Max(0, edges.Count - relationCount)));
    }
}
