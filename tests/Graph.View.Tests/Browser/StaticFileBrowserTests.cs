using Graph.Testing;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Browser;

/// <summary>The self-contained file over the sample articles works from file:// with no network at all.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class StaticFileBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly SampleServerFixture _server;
    private readonly ChromiumFixture _chromium;

    /// <summary>Uses the shared graph and the class's browser.</summary>
    public StaticFileBrowserTests(SampleServerFixture server, ChromiumFixture chromium)
    {
        _server = server;
        _chromium = chromium;
    }

    [SkippableFact]
    public async Task StaticFile_Offline_SearchesExpandsAndShowsEvidence_WithoutAnyRequest()
    {
        var graph = _server.Server.Graph;
        using var temp = new TempDirectory();
        string path = temp.File("explorer.html");
        StaticPages.Write(graph, path);
        var blocked = new List<string>();

        await using var page = await StaticPages.OpenOfflineAsync(_chromium, path, blocked);

        Assert.Equal("local", await page.Page.EvaluateExpressionAsync<string>("GraphView.app.api.mode"));
        var hub = graph.Entities.OrderByDescending(e => graph.RelationsOf(e.Id).Count(r => r.Relation.IsAsserted)).ThenBy(e => e.Id, StringComparer.Ordinal).First();
        await page.SearchAsync(hub.Name.ToLowerInvariant(), hub.Id);
        await page.ClickAsync($"#search-results button[data-id=\"{hub.Id}\"]");
        Assert.Equal(hub.Name, await page.TextAsync(".node-panel #panel-title"));
        await page.ClickAsync(".node-panel .expand");

        var relation = graph.RelationsOf(hub.Id).Where(r => r.Relation.IsAsserted && r.SubjectId != r.ObjectId)
            .OrderByDescending(r => r.EvidenceCount).ThenBy(r => r.Id, StringComparer.Ordinal).First();
        await page.ClickAsync($"#lists button[data-id=\"{relation.Id}\"]");
        Assert.Equal(relation.Relation.Evidence.Select(e => e.Sentence), await page.TextsAsync(".fact-panel .evidence .sentence"));

        await page.ClickAsync("#btn-png");
        Assert.StartsWith("data:image/png;base64,", await page.Page.EvaluateExpressionAsync<string>("GraphView.app.lastExport.href"), StringComparison.Ordinal);

        Assert.True(blocked.Count == 0, "requests beyond the file: " + string.Join(", ", blocked));
        page.AssertNoErrors();
    }
}
