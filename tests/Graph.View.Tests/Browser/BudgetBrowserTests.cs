using Xunit.Abstractions;

namespace Graph.View.Tests.Browser;

/// <summary>A hub with more neighbours than the canvas shows: expansion pages on, and stops at the budget saying so.</summary>
public sealed class BudgetBrowserTests : IClassFixture<HubExplorer>, IClassFixture<ChromiumFixture>
{
    private const int Page = 25;
    private const int Budget = 500;

    private readonly HubExplorer _explorer;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    /// <summary>Uses the hub's server and the class's browser.</summary>
    public BudgetBrowserTests(HubExplorer explorer, ChromiumFixture chromium, ITestOutputHelper output)
    {
        _explorer = explorer;
        _chromium = chromium;
        _output = output;
    }

    [SkippableFact]
    public async Task ExpandingAHub_PagesOn_ThenStopsAtTheBudgetAndSaysWhatWasLeftOut()
    {
        await using var page = await _chromium.OpenAsync(_explorer.Server.Url);
        string hub = HubExplorer.HubId;

        // Expand: a page of neighbours, and a button for the next page.
        await page.SearchAsync("hub", hub);
        await page.ClickAsync($"#search-results button[data-id=\"{hub}\"]");
        int landing = (await page.CanvasNodeIdsAsync()).Count;
        await page.ClickAsync(".node-panel .expand");
        int first = (await page.CanvasNodeIdsAsync()).Count;
        Assert.InRange(first, Page + 1, landing + Page);
        Assert.Contains($"{Page} more ({Page} of {HubExplorer.Neighbours} shown)", await page.TextAsync(".node-panel .expand"), StringComparison.Ordinal);

        // "More" adds the next page; undo takes it back.
        await page.ClickAsync(".node-panel .expand");
        Assert.Equal(first + Page, (await page.CanvasNodeIdsAsync()).Count);
        await page.ClickAsync("#btn-undo");
        Assert.Equal(first, (await page.CanvasNodeIdsAsync()).Count);

        // Asking for every page stops at the budget, and the page says how many were left out.
        var state = await page.StateAsync();
        state["expanded"] = Newtonsoft.Json.Linq.JArray.Parse($"[[{ExplorerPage.Js(hub)}, {(HubExplorer.Neighbours / Page) + 1}]]");
        state["positions"] = new Newtonsoft.Json.Linq.JObject();
        await page.Page.GoToAsync(_explorer.Server.Url + "#view=" + Uri.EscapeDataString(state.ToString(Newtonsoft.Json.Formatting.None)));
        await page.ReloadAsync();
        _output.WriteLine($"first view of {Budget} nodes laid out: {await page.Page.EvaluateExpressionAsync<int>("GraphView.app.firstView")} ms");
        Assert.Equal(Budget, (await page.CanvasNodeIdsAsync()).Count);
        string note = (await page.TextAsync("#note"))!;
        Assert.Contains("left out", note, StringComparison.Ordinal);
        Assert.Contains(Budget.ToString(System.Globalization.CultureInfo.InvariantCulture), note, StringComparison.Ordinal);

        // Collapsing the hub takes its neighbourhood away again.
        await page.ClickAsync($"#lists button[data-id=\"{hub}\"]");
        await page.ClickAsync(".node-panel .collapse");
        Assert.Equal(landing, (await page.CanvasNodeIdsAsync()).Count);
        page.AssertNoErrors();
    }
}
