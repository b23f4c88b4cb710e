using System.Net;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api;

[Collection(SampleServerCollection.Name)]
public sealed class SearchEndpointTests(SampleServerFixture fixture)
{
    [Theory]
    [InlineData("tillerson")]
    [InlineData("TILLERSON")]
    [InlineData("Tíllërsön")]
    [InlineData("  rex   TILLERSON ")]
    public async Task Search_IgnoresCaseAccentsAndSpacing(string query)
    {
        var call = await ApiCall.Get(fixture.Client, "/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal(query, (string)call.Object["query"]!);
        Assert.Contains(call.Object["items"]!, i => (string)i["id"]! == "person:rex_tillerson");
    }

    [Fact]
    public async Task Search_WordPrefix_ReportsTheSpellingThatMatchedAndRanksNamePrefixesFirst()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/search?q=till");

        var item = call.Object["items"]!.Single(i => (string)i["id"]! == "person:rex_tillerson");
        Assert.Equal("Tillerson", (string)item["matched"]!);
        Assert.Equal("Person", (string)item["type"]!);
        Assert.True((int)item["mentions"]! > 0);
    }

    [Fact]
    public async Task Search_OrdersByRankThenMentions()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/search?q=a&limit=100");

        var items = call.Object["items"]!.ToList();
        Assert.Equal((int)call.Object["total"]!, items.Count);
        Assert.True(items.Count > 5);

        // Within the matches whose spelling starts with the query, mentions never increase.
        var prefixed = items.TakeWhile(i => ((string)i["matched"]!).StartsWith('a') || ((string)i["matched"]!).StartsWith('A')).ToList();
        Assert.NotEmpty(prefixed);
        Assert.True(prefixed.Zip(prefixed.Skip(1)).All(p => (int)p.First["mentions"]! >= (int)p.Second["mentions"]!));
    }

    [Fact]
    public async Task Search_TypeAndLimit_FilterAndCut()
    {
        var all = await ApiCall.Get(fixture.Client, "/api/search?q=a&limit=100");
        var countries = await ApiCall.Get(fixture.Client, "/api/search?q=a&type=country&limit=2");

        Assert.Equal(2, countries.Object["items"]!.Count());
        Assert.All(countries.Object["items"]!, i => Assert.Equal("Country", (string)i["type"]!));
        Assert.Equal(all.Object["items"]!.Count(i => (string)i["type"]! == "Country"), (int)countries.Object["total"]!);
    }

    [Theory]
    [InlineData("/api/search?q=a&limit=0", "limit")]
    [InlineData("/api/search?q=a&limit=101", "limit")]
    [InlineData("/api/search?q=a&limit=ten", "limit")]
    [InlineData("/api/search?q=a&type=Planet", "type")]
    [InlineData("/api/search?q=a&q=b", "q")]
    public async Task Search_BadParameter_Is400NamingIt(string path, string parameter)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.StartsWith(parameter + ":", (string)call.Object["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_VeryLongQuery_Is400()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/search?q=" + new string('x', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.Contains("longer than", (string)call.Object["error"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("%01%1F%7F")]
    [InlineData("%E2%80%AEtillerson")]
    [InlineData("'%3B DROP TABLE entities%3B --")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%F0%9F%92%A3%20%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82")]
    public async Task Search_HostileQuery_AnswersJsonAndChangesNothing(string encoded)
    {
        var before = await ApiCall.Get(fixture.Client, "/api/meta");

        var call = await ApiCall.Get(fixture.Client, "/api/search?q=" + encoded);

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal(Uri.UnescapeDataString(encoded), (string)call.Object["query"]!);
        Assert.True((int)call.Object["total"]! >= 0);
        var after = await ApiCall.Get(fixture.Client, "/api/meta");
        Assert.Equal(before.Json.ToString(), after.Json.ToString());
    }

    [Fact]
    public async Task Search_NoQuery_IsEmpty()
    {
        var call = await ApiCall.Get(fixture.Client, "/api/search");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal(0, (int)call.Object["total"]!);
        Assert.Empty(call.Object["items"]!);
    }
}
