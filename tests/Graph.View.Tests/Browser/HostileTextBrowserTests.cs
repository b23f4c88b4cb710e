using Graph.Testing;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Browser;

/// <summary>
/// Names, titles and sentences made of markup, quotes, script end tags, comment openers, line separators and
/// right-to-left text show as text, served and from the static file, and none of the scripts they hold runs.
/// </summary>
public sealed class HostileTextBrowserTests : IClassFixture<HostileExplorer>, IClassFixture<ChromiumFixture>
{
    private readonly HostileExplorer _explorer;
    private readonly ChromiumFixture _chromium;

    /// <summary>Uses the hostile graph's server and the class's browser.</summary>
    public HostileTextBrowserTests(HostileExplorer explorer, ChromiumFixture chromium)
    {
        _explorer = explorer;
        _chromium = chromium;
    }

    [SkippableFact]
    public async Task Served_ShowsHostileTextAsText_AndRunsNothing()
    {
        await using var page = await _chromium.OpenAsync(_explorer.Server.Url);
        Assert.Equal("server", await page.Page.EvaluateExpressionAsync<string>("GraphView.app.api.mode"));
        await AssertShownAsTextAsync(page);
    }

    [SkippableFact]
    public async Task StaticFile_ShowsHostileTextAsText_AndRunsNothing()
    {
        using var temp = new TempDirectory();
        string path = temp.File("hostile.html");
        StaticPages.Write(_explorer.Server.Graph, path);
        var blocked = new List<string>();
        await using var page = await StaticPages.OpenOfflineAsync(_chromium, path, blocked);
        Assert.Equal("local", await page.Page.EvaluateExpressionAsync<string>("GraphView.app.api.mode"));
        await AssertShownAsTextAsync(page);
        Assert.Empty(blocked);
    }

    private async Task AssertShownAsTextAsync(ExplorerPage page)
    {
        var graph = _explorer.Server.Graph;
        string eve = graph.Entities.Single(e => e.Name == HostileGraph.ScriptName).Id;
        var asserted = graph.Relations.Single(r => r.Relation.IsAsserted);
        var alleged = graph.Relations.Single(r => !r.Relation.IsAsserted);
        int scripts = await page.Page.EvaluateExpressionAsync<int>("document.scripts.length");

        // Search by the markup itself; the entity's panel shows its name, alias and article title as typed.
        await page.SearchAsync("script", eve);
        await page.ClickAsync($"#search-results button[data-id=\"{eve}\"]");
        Assert.Equal(HostileGraph.ScriptName, await page.TextAsync(".node-panel #panel-title"));
        Assert.Contains(HostileGraph.Title, await page.TextsAsync(".node-panel .articles a, .node-panel .articles span"));

        // Expanded, the names list as text; the fact's evidence shows the sentence, place and source as text.
        await page.ClickAsync(".node-panel .expand");
        var listed = await page.TextsAsync("#lists .element-list button");
        Assert.Contains(listed, t => t.StartsWith(HostileGraph.QuoteName, StringComparison.Ordinal));
        await page.ClickAsync($"#lists button[data-id=\"{asserted.Id}\"]");
        Assert.Equal([HostileGraph.Sentence], await page.TextsAsync(".fact-panel .evidence .sentence"));
        string source = (await page.TextAsync(".fact-panel .evidence .source"))!;
        Assert.Contains("place: " + HostileGraph.RtlName, source, StringComparison.Ordinal);
        Assert.Contains("according to " + HostileGraph.ScriptName, source, StringComparison.Ordinal);
        Assert.All(await page.TextsAsync(".fact-panel mark"), mark => Assert.Contains(mark, HostileGraph.Sentence, StringComparison.Ordinal));

        // The alleged fact shows once facts not asserted are switched on, with its status.
        await page.ClickAsync("#show-all-statuses");
        await page.ClickAsync($"#lists button[data-id=\"{alleged.Id}\"]");
        Assert.Equal("alleged", await page.TextAsync(".fact-panel .status"));

        // Nothing ran, nothing was added: no flag, no image, no new script element.
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("typeof window.__pwned === 'undefined'"), "a script from the data ran");
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("document.images.length"));
        Assert.Equal(scripts, await page.Page.EvaluateExpressionAsync<int>("document.scripts.length"));
        page.AssertNoErrors();
    }
}
