using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class TimelineEndpointTests(SampleServerFixture fixture)
{
    [Fact]
    public async Task Timeline_CountsEveryEvidenceDateOfAssertedFactsPerMonth()
    {
        var graph = fixture.Server.Graph;
        var expected = graph.Relations.Where(r => r.Relation.IsAsserted).SelectMany(r => r.Dates).ToList();

        var call = await ApiCall.Get(fixture.Client, "/api/timeline");

        var bins = call.Object["bins"]!.ToList();
        Assert.NotEmpty(bins);
        Assert.Equal(expected.Count, bins.Sum(b => (int)b["count"]!));
        var months = bins.Select(b => (string)b["month"]!).ToList();
        Assert.Equal(months.Order(StringComparer.Ordinal), months);
        Assert.All(months, m => Assert.Matches(@"^\d{4}-\d{2}$", m));
    }

    [Fact]
    public async Task Timeline_Range_KeepsOnlyDatesInIt()
    {
        var graph = fixture.Server.Graph;
        var first = graph.FirstDate!.Value;

        var call = await ApiCall.Get(fixture.Client, $"/api/timeline?since={first:yyyy-MM-dd}&until={first:yyyy-MM-dd}");

        int expected = graph.Relations.Where(r => r.Relation.IsAsserted).SelectMany(r => r.Dates).Count(d => d == first);
        Assert.Equal(expected, call.Object["bins"]!.Sum(b => (int)b["count"]!));
    }

    [Theory]
    [InlineData("/api/timeline?since=yesterday")]
    [InlineData("/api/timeline?until=2021-02-30")]
    [InlineData("/api/timeline?since=2021-02-01&since=2021-03-01")]
    public async Task Timeline_BadDate_Is400(string path)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
    }
}
