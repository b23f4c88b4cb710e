using Graph.View.Data;
using Graph.View.Hosting;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Browser;

/// <summary>The explorer serving <see cref="HostileGraph"/>: names, a title and a sentence made of markup.</summary>
public sealed class HostileExplorer : IAsyncLifetime
{
    private ViewServer? _server;

    /// <summary>The running server.</summary>
    public ViewServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await ViewServer.StartAsync(ViewGraph.Build(HostileGraph.Source()));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
