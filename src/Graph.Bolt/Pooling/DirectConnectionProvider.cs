using Graph.Bolt.Connection;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Pooling;

/// <summary>bolt:// URIs: every unit of work goes to the one configured server.</summary>
internal sealed class DirectConnectionProvider : IConnectionProvider
{
    private readonly ServerAddress _address;

    public DirectConnectionProvider(ServerAddress address, PoolSet pools)
    {
        _address = address;
        Pools = pools;
    }

    public PoolSet Pools { get; }

    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        Pools.AcquireAsync(_address, cancellationToken);

    public ValueTask OnServerUnavailableAsync(ServerAddress address) => Pools.CloseIdleAsync(address);

    public void OnWriterUnavailable(ServerAddress address, string? database)
    {
        // A single server has no other writer to move to; the retry goes back to it.
    }

    public ValueTask DisposeAsync() => Pools.DisposeAsync();
}
