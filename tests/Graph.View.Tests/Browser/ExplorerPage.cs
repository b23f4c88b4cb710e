using Newtonsoft.Json.Linq;
using PuppeteerSharp;
using PuppeteerSharp.Input;

namespace Graph.View.Tests.Browser;

/// <summary>
/// One tab of the explorer, with what the tests ask of it: wait until every load has finished, read the
/// page's state object, click elements of the DOM or points of the canvas. Script errors on the page are
/// collected; a test fails when any occurred.
/// </summary>
internal sealed class ExplorerPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    private ExplorerPage(IPage page)
    {
        Page = page;
        page.PageError += (_, e) => _errors.Add("page error: " + e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                _errors.Add("console: " + e.Message.Text);
            }
        };
    }

    /// <summary>The browser tab.</summary>
    public IPage Page { get; }

    /// <summary>Script errors and console errors seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Opens a new tab; <paramref name="prepare"/> runs before the first navigation (interception, offline mode).</summary>
    public static async Task<ExplorerPage> NewAsync(IBrowser browser, Func<IPage, Task>? prepare = null)
    {
        var page = await browser.NewPageAsync();
        if (prepare is not null)
        {
            await prepare(page);
        }

        return new ExplorerPage(page);
    }

    /// <summary>Goes to <paramref name="url"/> and waits for the first view.</summary>
    public async Task OpenAsync(string url)
    {
        await Page.GoToAsync(url);
        await ReadyAsync();
    }

    /// <summary>Reloads the page and waits for the first view.</summary>
    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await ReadyAsync();
    }

    private async Task ReadyAsync()
    {
        // Generous: a shared, busy machine can take many seconds to lay out a view of hundreds of nodes.
        await Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", new WaitForFunctionOptions { Timeout = 90_000 });
        await IdleAsync();
    }

    /// <summary>Waits until every request the page started has been answered and drawn.</summary>
    public Task IdleAsync() => Page.EvaluateExpressionAsync("GraphView.app.idle().then(() => true)");

    /// <summary>Evaluates <paramref name="expression"/> (a promise is awaited) and returns its value as JSON.</summary>
    public async Task<JToken> JsonAsync(string expression)
    {
        string json = await Page.EvaluateExpressionAsync<string>($"Promise.resolve({expression}).then(v => JSON.stringify(v === undefined ? null : v))");
        return JToken.Parse(json);
    }

    /// <summary>The explorer's state (what the URL carries).</summary>
    public async Task<JObject> StateAsync() => (JObject)await JsonAsync("GraphView.app.state");

    /// <summary>Ids of the nodes on the canvas, ordinally sorted.</summary>
    public async Task<List<string>> CanvasNodeIdsAsync() =>
        [.. (await JsonAsync("GraphView.app.canvas.cy.nodes().map(n => n.id())")).Select(t => (string)t!).Order(StringComparer.Ordinal)];

    /// <summary>Ids of the edges on the canvas, ordinally sorted.</summary>
    public async Task<List<string>> CanvasEdgeIdsAsync() =>
        [.. (await JsonAsync("GraphView.app.canvas.cy.edges().map(e => e.id())")).Select(t => (string)t!).Order(StringComparer.Ordinal)];

    /// <summary>The text content of the first element matching <paramref name="selector"/>, or null.</summary>
    public Task<string?> TextAsync(string selector) =>
        Page.EvaluateFunctionAsync<string?>("s => { const e = document.querySelector(s); return e ? e.textContent : null; }", selector);

    /// <summary>The text content of every element matching <paramref name="selector"/>.</summary>
    public Task<string[]> TextsAsync(string selector) =>
        Page.EvaluateFunctionAsync<string[]>("s => Array.from(document.querySelectorAll(s), e => e.textContent)", selector);

    /// <summary>Clicks a DOM element and waits for what it started.</summary>
    public async Task ClickAsync(string selector)
    {
        await Page.WaitForSelectorAsync(selector, new WaitForSelectorOptions { Timeout = 30_000 });
        await Page.ClickAsync(selector);
        await IdleAsync();
    }

    /// <summary>Types into the search box and waits for the result button of <paramref name="entityId"/>.</summary>
    public async Task SearchAsync(string text, string entityId)
    {
        await Page.EvaluateExpressionAsync("document.getElementById('search-input').value = ''");
        await Page.TypeAsync("#search-input", text);

        // Typing starts a search per pause; wait for the one of the whole text before clicking its results.
        await Page.WaitForFunctionAsync(
            "() => document.getElementById('search-results').dataset.query === document.getElementById('search-input').value.trim()",
            new WaitForFunctionOptions { Timeout = 30_000 });
        await Page.WaitForSelectorAsync($"#search-results button[data-id=\"{entityId}\"]", new WaitForSelectorOptions { Timeout = 30_000 });
    }

    /// <summary>Where an element of the canvas is on the page (a node's centre, an edge's midpoint).</summary>
    public async Task<(decimal X, decimal Y)> CanvasPointAsync(string elementId)
    {
        var point = await JsonAsync(
            $"(() => {{ const cy = GraphView.app.canvas.cy, e = cy.getElementById({Js(elementId)}); " +
            "const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint(); const box = cy.container().getBoundingClientRect(); " +
            "return { x: box.left + p.x, y: box.top + p.y }; })()");
        return ((decimal)point["x"]!, (decimal)point["y"]!);
    }

    /// <summary>Clicks a canvas element (<paramref name="times"/> 2: a double click) and waits for what it started.</summary>
    public async Task ClickCanvasAsync(string elementId, int times = 1)
    {
        var (x, y) = await CanvasPointAsync(elementId);
        for (int i = 0; i < times; i++)
        {
            await Page.Mouse.ClickAsync(x, y, new ClickOptions { Delay = 10 });
        }

        await Task.Delay(50);
        await IdleAsync();
    }

    /// <summary>Fails the test when the page reported script errors.</summary>
    public void AssertNoErrors() => Assert.True(_errors.Count == 0, string.Join("\n", _errors));

    /// <summary>A JavaScript string literal holding <paramref name="text"/>.</summary>
    public static string Js(string text) => Newtonsoft.Json.JsonConvert.SerializeObject(text);

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
