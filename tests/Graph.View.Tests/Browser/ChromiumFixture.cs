using PuppeteerSharp;

namespace Graph.View.Tests.Browser;

/// <summary>One headless chromium for a test class; null when it is not installed (the tests then skip, saying why).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IBrowser? _browser;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (Chromium.MissingReason is null)
        {
            _browser = await Chromium.LaunchAsync();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
    }

    /// <summary>A new tab; <paramref name="prepare"/> runs before its first navigation. Skips the test without chromium.</summary>
    internal async Task<ExplorerPage> NewPageAsync(Func<IPage, Task>? prepare = null)
    {
        Skip.If(_browser is null, Chromium.MissingReason);
        return await ExplorerPage.NewAsync(_browser!, prepare);
    }

    /// <summary>A new tab showing the explorer at <paramref name="url"/>, its first view drawn.</summary>
    internal async Task<ExplorerPage> OpenAsync(Uri url)
    {
        var page = await NewPageAsync();
        await page.OpenAsync(url.AbsoluteUri);
        return page;
    }
}
