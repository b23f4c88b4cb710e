using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class NodeEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Node_GivesNamesArticlesAndRelationCounts()
    {
        var graph = fixture.Server.Graph;
        var entity = graph.EntitiesByMentions.First(e => e.Entity.Aliases.Count > 0 && graph.RelationsOf(e.Id).Count > 0);

        var call = await ApiCall.Get(fixture.Client, "/api/node/" + Uri.EscapeDataString(entity.Id));

        Assert.Equal(HttpStatusCode.OK, call.Status);
        var node = call.Object["node"]!;
        Assert.Equal(entity.Name, (string)node["name"]!);
        Assert.Equal(entity.Entity.Aliases, node["aliases"]!.Select(a => (string)a!));
        Assert.Equal(entity.ArticleCount, (int)call.Object["articlesTotal"]!);
        Assert.Equal(entity.ArticleCount, call.Object["articles"]!.Count());
        var asserted = graph.RelationsOf(entity.Id).Where(r => r.Relation.IsAsserted).ToList();
        Assert.Equal(
            asserted.Count(r => r.SubjectId == entity.Id) + asserted.Count(r => r.ObjectId == entity.Id),
            call.Object["relations"]!.Sum(r => (int)r["count"]!));
        Assert.All(call.Object["relations"]!, r => Assert.Contains((string)r["direction"]!, new[] { "out", "in" }));
    }

    [Fact]
    public async Task Node_Articles_NewestFirst()
    {
        var entity = fixture.Server.Graph.EntitiesByMentions.First(e => e.ArticleCount > 1);

        var call = await ApiCall.Get(fixture.Client, "/api/node/" + entity.Id);

        var dates = call.Object["articles"]!.Select(a => (string?)a["published"] ?? string.Empty).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("/api/node/person:nobody")]
    [InlineData("/api/node/person:nobody/neighbours")]
    public async Task Node_UnknownId_Is404Json(string path)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(HttpStatusCode.NotFound, call.Status);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Contains("no entity", (string)call.Object["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_NulInPath_IsRefusedByTheServer()
    {
        // Kestrel refuses a NUL in the request target before any endpoint sees it.
        using var response = await fixture.Client.GetAsync(new Uri("/api/node/%00", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
