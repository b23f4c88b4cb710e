using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class MetaEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Meta_CountsWhatTheStoreHolds()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/meta");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        var graph = fixture.Server.Graph;
        Assert.Equal(graph.Entities.Count, (int)call.Object["entities"]!);
        Assert.Equal(graph.Relations.Count, (int)call.Object["relations"]!);
        Assert.Equal(4, (int)call.Object["articles"]!);
        Assert.Equal(graph.Entities.Count, call.Object["entityTypes"]!.Sum(t => (int)t["count"]!));
        Assert.Equal(graph.Relations.Count, call.Object["predicates"]!.Sum(p => (int)p["count"]!));
        Assert.All(call.Object["predicates"]!, p => Assert.Contains((string)p["kind"]!, new[] { "structural", "action" }));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)call.Object["dates"]!["min"]!);
    }
}
