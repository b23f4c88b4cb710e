using Graph.Testing;
using Graph.View.Hosting;

namespace Graph.View.Tests.Support;

/// <summary>
/// A store built once from the sample articles and the explorer serving it on a free loopback port, shared by
/// the test classes of <see cref="SampleServerCollection"/>.
/// </summary>
public sealed class SampleServerFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private ViewServer? _server;

    /// <summary>The store file.</summary>
    public string StorePath { get; private set; } = string.Empty;

    /// <summary>The running server.</summary>
    public ViewServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    /// <summary>A client whose base address is the server's.</summary>
    public HttpClient Client { get; private set; } = new();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        StorePath = SampleStore.Build(_temp.File("graph.db"));
        _server = await ViewServer.StartAsync(StorePath);
        Client = new HttpClient { BaseAddress = _server.Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp.Dispose();
    }
}

/// <summary>The test classes that share one <see cref="SampleServerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleServerCollection : ICollectionFixture<SampleServerFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "sample server";
}
