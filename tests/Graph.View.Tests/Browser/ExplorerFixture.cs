using Graph.Store;
using Graph.Testing;
using Graph.View.Data;
using Graph.View.Hosting;
using PuppeteerSharp;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The explorer served in-process over a store the subclass builds, and one headless chromium for a test
/// class. Without chromium the browser is null and the browser tests skip, saying why.
/// </summary>
public abstract class ExplorerFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private ViewServer? _server;

    /// <summary>The store file.</summary>
    public string StorePath => _temp.File("graph.db");

    /// <summary>The running server.</summary>
    public ViewServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>The graph the server answers from.</summary>
    public ViewGraph Graph => Server.Graph;

    /// <summary>A folder for the test class's own files.</summary>
    public TempDirectory Temp => _temp;

    /// <summary>The browser, or null when chromium is missing.</summary>
    internal IBrowser? Browser { get; private set; }

    /// <summary>Writes the store the explorer serves.</summary>
    protected abstract void BuildStore(string path);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        BuildStore(StorePath);
        using (var store = GraphStore.Open(StorePath))
        {
            _server = await ViewServer.StartAsync(ViewGraph.Build(store));
        }

        if (Chromium.MissingReason is null)
        {
            Browser = await Chromium.LaunchAsync();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new tab (the test is skipped when chromium is missing).</summary>
    internal async Task<ExplorerPage> NewPageAsync(Func<IPage, Task>? prepare = null)
    {
        Skip.If(Browser is null, Chromium.MissingReason);
        return await ExplorerPage.NewAsync(Browser!, prepare);
    }

    /// <summary>A new tab on the served explorer.</summary>
    internal async Task<ExplorerPage> OpenAsync(string suffix = "")
    {
        var page = await NewPageAsync();
        await page.OpenAsync(Server.Url + suffix);
        return page;
    }
}
