using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class FactEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Fact_GivesEverySentenceWithItsArticleAndHighlights()
    {
        var graph = fixture.Server.Graph;
        foreach (var relation in graph.Relations)
        {
            var call = await ApiCall.Get(fixture.Client, "/api/fact/" + relation.Id);

            Assert.Equal(HttpStatusCode.OK, call.Status);
            Assert.Equal(relation.SubjectId, (string)call.Object["subject"]!["id"]!);
            Assert.Equal(relation.ObjectId, (string)call.Object["object"]!["id"]!);
            Assert.Equal(relation.Relation.Info.Name, (string)call.Object["edge"]!["predicate"]!);
            var evidence = call.Object["evidence"]!.ToList();
            Assert.Equal(relation.Relation.Evidence.Select(e => e.Sentence), evidence.Select(e => (string)e["sentence"]!));
            foreach (var item in evidence)
            {
                string sentence = (string)item["sentence"]!;
                Assert.Equal(graph.Article((string)item["article"]!["id"]!)!.Title, (string?)item["article"]!["title"]);
                int previousEnd = 0;
                foreach (var highlight in item["highlights"]!)
                {
                    int start = (int)highlight["start"]!, end = (int)highlight["end"]!;
                    Assert.InRange(start, previousEnd, end - 1);
                    Assert.InRange(end, start + 1, sentence.Length);
                    previousEnd = end;
                    var entity = graph.Entity((string)highlight["role"]! == "subject" ? relation.SubjectId : relation.ObjectId)!;
                    Assert.Contains(sentence[start..end], entity.Entity.Aliases.Prepend(entity.Name), StringComparer.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public async Task Fact_SomeSentenceHighlightsBothEnds()
    {
        var graph = fixture.Server.Graph;
        int both = 0;
        foreach (var relation in graph.Relations)
        {
            var call = await ApiCall.Get(fixture.Client, "/api/fact/" + relation.Id);
            both += call.Object["evidence"]!.Count(e => e["highlights"]!.Select(h => (string)h["role"]!).Distinct().Count() == 2);
        }

        Assert.True(both > 0);
    }

    [Theory]
    [InlineData("/api/fact/rel:0000000000000000")]
    [InlineData("/api/fact/%3Cscript%3E")]
    public async Task Fact_UnknownId_Is404Json(string path)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(HttpStatusCode.NotFound, call.Status);
        Assert.Contains("no fact", (string)call.Object["error"]!, StringComparison.Ordinal);
    }
}
