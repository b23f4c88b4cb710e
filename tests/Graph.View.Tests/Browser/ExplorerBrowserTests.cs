using System.Globalization;
using System.Xml.Linq;
using Graph.View.Data;
using Graph.View.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The explorer in headless chromium against the server over the sample articles: search, the entity panel,
/// expanding by double click, the evidence behind an edge clicked on the canvas, the legend and date filters,
/// the shortest path, the view restored from the URL and the exports. Assertions read the page's DOM and its
/// state object, never pixels.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class ExplorerBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly SampleServerFixture _server;
    private readonly ChromiumFixture _chromium;

    /// <summary>Uses the shared server and the class's browser.</summary>
    public ExplorerBrowserTests(SampleServerFixture server, ChromiumFixture chromium)
    {
        _server = server;
        _chromium = chromium;
    }

    private ViewGraph Graph => _server.Server.Graph;

    private Task<ExplorerPage> OpenAsync() => _chromium.OpenAsync(_server.Server.Url);

    // The entity with the most neighbours over asserted facts (ties: smallest id): the most to expand.
    private ViewEntity Hub() => Graph.Entities
        .OrderByDescending(e => AssertedNeighbours(e.Id).Count)
        .ThenBy(e => e.Id, StringComparer.Ordinal)
        .First();

    private HashSet<string> AssertedNeighbours(string id) =>
        Graph.RelationsOf(id).Where(r => r.Relation.IsAsserted && r.SubjectId != r.ObjectId).Select(r => r.Other(id)).ToHashSet(StringComparer.Ordinal);

    // Shortest distances from `id` over asserted facts, either direction.
    private Dictionary<string, int> Distances(string id)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [id] = 0 };
        var frontier = new List<string> { id };
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (string current in frontier)
            {
                foreach (string other in AssertedNeighbours(current).Where(o => distance.TryAdd(o, distance[current] + 1)))
                {
                    next.Add(other);
                }
            }

            frontier = next;
        }

        return distance;
    }

    private static string SearchText(ViewEntity entity) => entity.Name.ToUpperInvariant();

    private static async Task PickAsync(ExplorerPage page, ViewEntity entity)
    {
        await page.SearchAsync(SearchText(entity), entity.Id);
        await page.ClickAsync($"#search-results button[data-id=\"{entity.Id}\"]");
    }

    [SkippableFact]
    public async Task Search_DoubleClick_EdgeClick_ShowsPanelNeighboursAndEvidence()
    {
        await using var page = await OpenAsync();
        var hub = Hub();

        // Search (upper case: matching ignores case) and pick: the entity's panel opens.
        await PickAsync(page, hub);
        var state = await page.StateAsync();
        Assert.Equal("node", (string?)state["selected"]?["kind"]);
        Assert.Equal(hub.Id, (string?)state["selected"]?["id"]);
        Assert.Equal(hub.Name, await page.TextAsync(".node-panel #panel-title"));
        Assert.Contains(hub.Type.ToString(), await page.TextAsync(".node-panel .type-badge"), StringComparison.Ordinal);
        int expectedRows = Graph.RelationsOf(hub.Id).Where(r => r.Relation.IsAsserted)
            .SelectMany(r => new[] { r.SubjectId == hub.Id ? r.Relation.Info.Name + " out" : null, r.ObjectId == hub.Id ? r.Relation.Info.Name + " in" : null })
            .OfType<string>().Distinct().Count();
        Assert.Equal(expectedRows, (await page.TextsAsync(".node-panel .counts tbody tr")).Length);

        // Double click on the canvas expands: every neighbour (fewer than a page here) is drawn.
        await page.ClickCanvasAsync(hub.Id, times: 2);
        state = await page.StateAsync();
        Assert.Equal($"[[{ExplorerPage.Js(hub.Id)},1]]", state["expanded"]!.ToString(Newtonsoft.Json.Formatting.None));
        var neighbours = AssertedNeighbours(hub.Id);
        Assert.InRange(neighbours.Count, 1, 25);
        Assert.Superset(neighbours, (await page.CanvasNodeIdsAsync()).ToHashSet(StringComparer.Ordinal));

        // Click an edge on the canvas: its evidence panel lists every sentence, names highlighted.
        var relation = Graph.RelationsOf(hub.Id).Where(r => r.Relation.IsAsserted && r.SubjectId != r.ObjectId)
            .OrderByDescending(r => r.EvidenceCount).ThenBy(r => r.Id, StringComparer.Ordinal).First();
        await page.ClickCanvasAsync(relation.Id);
        state = await page.StateAsync();
        Assert.Equal("edge", (string?)state["selected"]?["kind"]);
        Assert.Equal(relation.Id, (string?)state["selected"]?["id"]);
        Assert.Equal(relation.Relation.Evidence.Select(e => e.Sentence), await page.TextsAsync(".fact-panel .evidence .sentence"));
        var fact = await page.JsonAsync($"GraphView.app.api.fact({ExplorerPage.Js(relation.Id)})");
        int highlights = fact["evidence"]!.Sum(e => e["highlights"]!.Count());
        Assert.True(highlights > 0, "the sentences name subject or object");
        Assert.Equal(highlights, (await page.TextsAsync(".fact-panel mark")).Length);
        Assert.Contains(relation.Relation.Status.ToString().ToLowerInvariant(), await page.TextAsync(".fact-panel .status"), StringComparison.Ordinal);

        await page.Page.ScreenshotAsync(Path.Combine(Chromium.ArtifactsDirectory, "explorer.png"));
        page.AssertNoErrors();
    }

    [SkippableFact]
    public async Task LegendAndDateSlider_FadeTheTypeAndNarrowTheEdgesToTheRange()
    {
        await using var page = await OpenAsync();

        // The legend fades a type: its nodes stay on the canvas, marked faded; the others do not.
        var types = await page.JsonAsync("GraphView.app.canvas.cy.nodes().map(n => n.data('type'))");
        string type = types.Select(t => (string)t!).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        int before = (await page.CanvasNodeIdsAsync()).Count;
        await page.ClickAsync($"#legend button[data-kind=\"type\"][data-value=\"{type}\"]");
        Assert.Equal("false", await page.Page.EvaluateExpressionAsync<string>($"document.querySelector('#legend button[data-value=\"{type}\"]').getAttribute('aria-pressed')"));
        Assert.Equal(new JArray(type), (await page.StateAsync())["hiddenTypes"]);
        Assert.Equal(before, (await page.CanvasNodeIdsAsync()).Count);
        var faded = await page.JsonAsync("GraphView.app.canvas.cy.nodes().map(n => [n.data('type'), n.hasClass('faded')])");
        Assert.All(faded, pair => Assert.Equal((string)pair[0]! == type, (bool)pair[1]!));

        // The date slider: moved to the last month of the histogram, only edges with an evidence date in it stay.
        int months = await page.Page.EvaluateExpressionAsync<int>("GraphView.app.timeline.months.length");
        Assert.True(months > 0, "the sample articles' facts have event dates");
        int edgesBefore = (await page.CanvasEdgeIdsAsync()).Count;
        await page.Page.EvaluateExpressionAsync("(() => { const s = document.getElementById('date-from'); s.value = s.max; s.dispatchEvent(new Event('change')); })()");
        await page.IdleAsync();
        var state = await page.StateAsync();
        var since = DateOnly.ParseExact((string)state["since"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = DateOnly.ParseExact((string)state["until"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(1, since.Day);
        Assert.Equal(since.AddMonths(1).AddDays(-1), until);
        var edges = await page.CanvasEdgeIdsAsync();
        Assert.NotEmpty(edges);
        Assert.True(edges.Count < edgesBefore, "facts without a date in the month are left out");
        Assert.All(edges, id => Assert.Contains(Graph.Relation(id)!.Dates, d => d >= since && d <= until));

        // "Any date" drops the range; play walks a window over the months from the first on.
        await page.ClickAsync("#date-clear");
        Assert.Equal(JTokenType.Null, (await page.StateAsync())["since"]!.Type);
        Assert.Equal(edgesBefore, (await page.CanvasEdgeIdsAsync()).Count);
        await page.ClickAsync("#date-play");
        state = await page.StateAsync();
        Assert.StartsWith(await page.Page.EvaluateExpressionAsync<string>("GraphView.app.timeline.months[0]"), (string)state["since"]!, StringComparison.Ordinal);
        page.AssertNoErrors();
    }

    [SkippableFact]
    public async Task PathBetweenTwoChosenEntities_IsListedAndSpotlit()
    {
        await using var page = await OpenAsync();
        var from = Hub();
        var distances = Distances(from.Id);
        var to = Graph.Entity(distances.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).First().Key)!;
        Assert.True(distances[to.Id] >= 2, "the sample graph has entities two steps apart");

        await PickAsync(page, from);
        await page.ClickAsync(".node-panel .path-from");
        await PickAsync(page, to);
        await page.ClickAsync(".node-panel .path-to");
        await page.ClickAsync("#path-find");

        var state = await page.StateAsync();
        Assert.Equal(new JArray(from.Id, to.Id), state["path"]);
        var steps = await page.TextsAsync(".path-steps > li");
        Assert.Equal(distances[to.Id] + 1, steps.Length);
        Assert.StartsWith(from.Name, steps[0], StringComparison.Ordinal);
        Assert.StartsWith(to.Name, steps[^1], StringComparison.Ordinal);
        var lit = await page.JsonAsync("GraphView.app.canvas.cy.elements('.on-path').map(e => e.isNode() ? 'node' : 'edge')");
        Assert.Equal(distances[to.Id] + 1, lit.Count(t => (string)t! == "node"));
        Assert.Equal(distances[to.Id], lit.Count(t => (string)t! == "edge"));
        page.AssertNoErrors();
    }

    [SkippableFact]
    public async Task Reload_RestoresSelectionFiltersExpansionsAndPositions()
    {
        await using var page = await OpenAsync();
        var hub = Hub();
        await PickAsync(page, hub);
        await page.ClickAsync(".node-panel .expand");
        string relation = (await page.CanvasEdgeIdsAsync()).First(id => Graph.Relation(id)!.SubjectId == hub.Id || Graph.Relation(id)!.ObjectId == hub.Id);
        await page.ClickAsync($"#lists button[data-id=\"{relation}\"]");
        string predicate = Graph.Relation(relation)!.Relation.Info.Name;
        await page.ClickAsync($"#legend button[data-kind=\"predicate\"][data-value=\"{predicate}\"]");
        await page.ClickAsync("#show-all-statuses");

        var state = await page.StateAsync();
        var nodes = await page.CanvasNodeIdsAsync();
        var positions = await page.JsonAsync("GraphView.app.canvas.positions()");
        string url = page.Page.Url;
        Assert.Contains("#view=", url, StringComparison.Ordinal);

        await page.ReloadAsync();

        Assert.Equal(url, page.Page.Url);
        Assert.True(JToken.DeepEquals(state, await page.StateAsync()), "the state after reload differs");
        Assert.Equal(nodes, await page.CanvasNodeIdsAsync());
        Assert.True(JToken.DeepEquals(positions, await page.JsonAsync("GraphView.app.canvas.positions()")), "positions differ after reload");
        Assert.Equal(relation, await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#panel .fact-panel').dataset.id"));
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("document.getElementById('show-all-statuses').checked"));
        Assert.Equal("false", await page.Page.EvaluateExpressionAsync<string>($"document.querySelector('#legend button[data-value=\"{predicate}\"]').getAttribute('aria-pressed')"));
        page.AssertNoErrors();
    }

    [SkippableFact]
    public async Task Layout_IsTheSameOnEveryLoad()
    {
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();

        var positions = await first.JsonAsync("GraphView.app.canvas.positions()");
        Assert.NotEmpty(positions);
        Assert.True(JToken.DeepEquals(positions, await second.JsonAsync("GraphView.app.canvas.positions()")), "two loads laid the graph out differently");

        // Expanding the same entity in both places its neighbours alike too.
        var hub = Hub();
        foreach (var page in new[] { first, second })
        {
            // A tab in the background runs its timers late: the one typed into comes first.
            await page.Page.BringToFrontAsync();
            await PickAsync(page, hub);
            await page.ClickAsync(".node-panel .expand");
        }

        Assert.True(JToken.DeepEquals(await first.JsonAsync("GraphView.app.canvas.positions()"), await second.JsonAsync("GraphView.app.canvas.positions()")), "expansions laid out differently");
    }

    [SkippableFact]
    public async Task Keyboard_ReachesSearchAndTheListsMirrorTheCanvas()
    {
        await using var page = await OpenAsync();
        var hub = Hub();

        // "/" focuses the search box; typing, the down arrow and Enter pick the first match.
        await page.Page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.Page.EvaluateExpressionAsync<string>("document.activeElement.id"));
        await page.Page.Keyboard.TypeAsync(hub.Name);
        await page.Page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === document.getElementById('search-input').value.trim()");
        await page.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(hub.Id, await page.Page.EvaluateExpressionAsync<string>("document.activeElement.dataset.id"));
        await page.Page.Keyboard.PressAsync("Enter");
        await page.IdleAsync();
        Assert.Equal("panel-title", await page.Page.EvaluateExpressionAsync<string>("document.activeElement.id"));
        Assert.Equal(hub.Name, await page.TextAsync(".node-panel #panel-title"));

        // Every entity and relation on the canvas is a button in the lists, and nothing else is.
        await page.ClickAsync(".node-panel .expand");
        var listed = (await page.JsonAsync("Array.from(document.querySelectorAll('#lists .element-list button'), b => b.dataset.id)"))
            .Select(t => (string)t!).Order(StringComparer.Ordinal);
        var drawn = (await page.CanvasNodeIdsAsync()).Concat(await page.CanvasEdgeIdsAsync()).Order(StringComparer.Ordinal);
        Assert.Equal(drawn, listed);
        page.AssertNoErrors();
    }

    [SkippableFact]
    public async Task Exports_ArePngAndSvgOfTheCanvas()
    {
        await using var page = await OpenAsync();

        await page.ClickAsync("#btn-png");
        string href = await page.Page.EvaluateExpressionAsync<string>("GraphView.app.lastExport.href");
        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, href, StringComparison.Ordinal);
        byte[] png = Convert.FromBase64String(href[prefix.Length..]);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);

        await page.ClickAsync("#btn-svg");
        var svg = XDocument.Parse(await page.Page.EvaluateExpressionAsync<string>("GraphView.app.lastExport.text"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var nodes = await page.CanvasNodeIdsAsync();
        Assert.Equal(nodes.Count, svg.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "node"));
        Assert.Equal((await page.CanvasEdgeIdsAsync()).Count, svg.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "edge"));
        var names = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => g.Element(ns + "text")!.Value).ToHashSet();
        Assert.All(nodes, id => Assert.Contains(Graph.Entity(id)!.Name, names));
        page.AssertNoErrors();
    }
}
