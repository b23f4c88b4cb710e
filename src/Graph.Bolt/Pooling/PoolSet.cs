using System.Collections.Concurrent;
using Graph.Bolt.Connection;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Pooling;

/// <summary>One <see cref="ConnectionPool"/> per server address, created on first use.</summary>
internal sealed class PoolSet : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConnectionSettings _settings;
    private readonly int _maxSize;
    private readonly TimeSpan _acquisitionTimeout;

    public PoolSet(ConnectionSettings settings, int maxSize, TimeSpan acquisitionTimeout)
    {
        _settings = settings;
        _maxSize = maxSize;
        _acquisitionTimeout = acquisitionTimeout;
    }

    public ConnectionPool this[ServerAddress address] =>
        _pools.GetOrAdd(address, a => new ConnectionPool(a, _settings, _maxSize, _acquisitionTimeout));

    public Task<BoltConnection> AcquireAsync(ServerAddress address, CancellationToken cancellationToken) =>
        this[address].AcquireAsync(cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => this[connection.Address].ReleaseAsync(connection);

    /// <summary>Closes idle connections to a server that failed.</summary>
    public ValueTask CloseIdleAsync(ServerAddress address) =>
        _pools.TryGetValue(address, out var pool) ? pool.CloseIdleAsync() : ValueTask.CompletedTask;

    /// <summary>Closes every idle connection (e.g. after AuthorizationExpired).</summary>
    public async ValueTask CloseAllIdleAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.CloseIdleAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _pools.Clear();
    }
}
