using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class ArticleEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Article_GivesItsEntitiesAndFacts()
    {
        var graph = fixture.Server.Graph;
        foreach (var article in graph.Articles)
        {
            var call = await ApiCall.Get(fixture.Client, "/api/article/" + article.Id);

            Assert.Equal(HttpStatusCode.OK, call.Status);
            Assert.Equal(article.FileName, (string)call.Object["fileName"]!);
            Assert.Equal(article.Title, (string?)call.Object["title"]);
            Assert.Equal(graph.MentionsIn(article.Id).Select(m => m.EntityId).Order(StringComparer.Ordinal), call.Object["entities"]!.Select(e => (string)e["id"]!).Order(StringComparer.Ordinal));
            var facts = call.Object["facts"]!.Select(f => (string)f["id"]!).ToList();
            Assert.Equal(graph.Relations.Where(r => r.Relation.Evidence.Any(e => e.ArticleId == article.Id)).Select(r => r.Id), facts);
        }
    }

    [Fact]
    public async Task Article_UnknownId_Is404Json()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/article/article:ffffffffffffffff");

        Assert.Equal(HttpStatusCode.NotFound, call.Status);
        Assert.Contains("no article", (string)call.Object["error"]!, StringComparison.Ordinal);
    }
}
