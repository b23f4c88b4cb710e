using System.Net;
using System.Net.Http.Headers;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Hosting;

[Collection(SampleServerCollection.Name)]
public sealed class ViewServerTests(SampleServerFixture fixture)
{
    [Fact]
    public void Url_IsLoopbackWithTheChosenPort()
    {
        Assert.Equal("127.0.0.1", fixture.Server.Url.Host);
        Assert.NotEqual(0, fixture.Server.Url.Port);
        Assert.Equal("/", fixture.Server.Url.AbsolutePath);
    }

    [Fact]
    public async Task Root_IsTheFrontEndPage()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("id=\"graph-data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Manifest_IsJson()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/manifest.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/nothing.js")]
    [InlineData("/../graph.db")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/api/nothing")]
    [InlineData("/api/node")]
    public async Task UnknownPath_Is404Json(string path)
    {
        var call = await ApiCall.Get(fixture.Client, path);

        Assert.Equal(HttpStatusCode.NotFound, call.Status);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.NotNull((string?)call.Object["error"]);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task AnyMethodButGet_Is405Json(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/api/meta", UriKind.Relative))
        {
            Content = new StringContent("{}"),
        };

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("read-only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.2")]
    public async Task ForeignHostHeader_Is400Json(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/meta", UriKind.Relative));
        request.Headers.Host = host;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task LocalhostHostHeader_IsServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/meta", UriKind.Relative));
        request.Headers.Host = "localhost:" + fixture.Server.Url.Port;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
    }
}
