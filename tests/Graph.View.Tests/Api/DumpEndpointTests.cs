using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class DumpEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Dump_HoldsTheWholeGraphInIdOrder()
    {
        var graph = fixture.Server.Graph;

        var call = await ApiCall.Get(fixture.Client, "/api/dump");

        Assert.Equal(1, (int)call.Object["version"]!);
        var meta = await ApiCall.Get(fixture.Client, "/api/meta");
        Assert.Equal(meta.Json.ToString(), call.Object["meta"]!.ToString());
        var nodes = call.Object["nodes"]!.Select(n => (string)n["id"]!).ToList();
        Assert.Equal(graph.Entities.Select(e => e.Id), nodes);
        Assert.All(call.Object["nodes"]!, n => Assert.NotNull(n["aliases"]));
        var edges = call.Object["edges"]!.Select(e => (string)e["id"]!).ToList();
        Assert.Equal(graph.Relations.Select(r => r.Id), edges);
        Assert.Equal(edges, ((Newtonsoft.Json.Linq.JObject)call.Object["evidence"]!).Properties().Select(p => p.Name));
        Assert.Equal(graph.Articles.Select(a => a.FileName), call.Object["articles"]!.Select(a => (string)a["fileName"]!));
        Assert.Equal(graph.Mentions.Count, call.Object["mentions"]!.Count());
    }

    [Fact]
    public async Task Dump_EvidenceIsWhatFactGives()
    {
        var dump = await ApiCall.Get(fixture.Client, "/api/dump");
        string id = fixture.Server.Graph.Relations[0].Id;

        var fact = await ApiCall.Get(fixture.Client, "/api/fact/" + id);

        Assert.Equal(fact.Object["evidence"]!.ToString(), dump.Object["evidence"]![id]!.ToString());
    }

    [Fact]
    public async Task Dump_Around_KeepsTheNeighbourhood()
    {
        var graph = fixture.Server.Graph;
        var centre = graph.EntitiesByMentions.First(e => graph.RelationsOf(e.Id).Count > 0);

        var call = await ApiCall.Get(fixture.Client, $"/api/dump?around={Uri.EscapeDataString(centre.Name.ToUpperInvariant())}&depth=1");

        var nodes = call.Object["nodes"]!.Select(n => (string)n["id"]!).ToHashSet();
        var expected = graph.RelationsOf(centre.Id).Select(r => r.Other(centre.Id)).Append(centre.Id).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.All(call.Object["edges"]!, e => Assert.True(nodes.Contains((string)e["source"]!) && nodes.Contains((string)e["target"]!)));
    }

    [Fact]
    public async Task Dump_AroundUnknownName_Is404()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/dump?around=Nobody%20At%20All");

        Assert.Equal(HttpStatusCode.NotFound, call.Status);
        Assert.Contains("around", (string)call.Object["error"]!, StringComparison.Ordinal);
    }
}
