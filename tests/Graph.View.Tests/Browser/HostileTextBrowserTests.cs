namespace Graph.View.Tests.Browser;

/// <summary>
/// Names, titles and sentences holding markup show as text, served and from the static file, and none of
/// the scripts they hold runs.
/// </summary>
public sealed class HostileTextBrowserTests : IClassFixture<HostileExplorer>, IClassFixture<ChromiumFixture>
{
    private readonly HostileExplorer _explorer;
    private readonly ChromiumFixture _chromium;

    /// <summary>Uses the hostile store's server and the class's browser.</summary>
    public HostileTextBrowserTests(HostileExplorer explorer, ChromiumFixture chromium)
    {
        _explorer = explorer;
        _chromium = chromium;
    }

    [SkippableFact]
    public async Task Served_ShowsHostileTextAsText_AndRunsNothing()
    {
        await using var page = await _chromium.OpenAsync(_explorer.Server.Url);
        await AssertShownAsTextAsync(page, _explorer.Server.Graph.Relations[0].Id);
    }

    [SkippableFact]
    public async Task StaticFile_ShowsHostileTextAsText_AndRunsNothing()
    {
        string path = _explorer.Temp.File("hostile.html");
        StaticPages.Write(_explorer.Server.Graph, path);
        var blocked = new List<string>();
        await using var page = await StaticPages.OpenOfflineAsync(_chromium, path, blocked);
        Assert.Equal("local", await page.Page.EvaluateExpressionAsync<string>("GraphView.app.api.mode"));
        await AssertShownAsTextAsync(page, _explorer.Server.Graph.Relations[0].Id);
        Assert.Empty(blocked);
    }

    private static async Task AssertShownAsTextAsync(ExplorerPage page, string relationId)
    {
        int scripts = await page.Page.EvaluateExpressionAsync<int>("document.scripts.length");

        // Search by the markup itself, open the entity, expand it and open the fact.
        await page.SearchAsync("script", HostileExplorer.ScriptId);
        Assert.Contains(await page.TextsAsync("#search-results button"), t => t.StartsWith(HostileExplorer.ScriptName, StringComparison.Ordinal));
        await page.ClickAsync($"#search-results button[data-id=\"{HostileExplorer.ScriptId}\"]");
        Assert.Equal(HostileExplorer.ScriptName, await page.TextAsync(".node-panel #panel-title"));
        Assert.Contains("</script>\"alias\"", await page.TextAsync(".node-panel .aliases"), StringComparison.Ordinal);
        Assert.Contains(HostileExplorer.Title, await page.TextsAsync(".node-panel .articles a, .node-panel .articles span"));
        await page.ClickAsync(".node-panel .expand");
        Assert.Contains(await page.TextsAsync("#lists .element-list button"), t => t.StartsWith(HostileExplorer.BreakoutName, StringComparison.Ordinal));
        await page.ClickAsync($"#lists button[data-id=\"{relationId}\"]");
        Assert.Equal([HostileExplorer.Sentence], await page.TextsAsync(".fact-panel .evidence .sentence"));
        Assert.All(await page.TextsAsync(".fact-panel mark"), mark => Assert.Contains(mark, new[] { HostileExplorer.ScriptName, HostileExplorer.BreakoutName }, StringComparer.OrdinalIgnoreCase));

        // Nothing ran, nothing was added: no flag, no image, no new script element.
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("typeof window.__pwned === 'undefined'"), "a script from the data ran");
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("document.images.length"));
        Assert.Equal(scripts, await page.Page.EvaluateExpressionAsync<int>("document.scripts.length"));
        page.AssertNoErrors();
    }
}
