using System.Collections.Concurrent;
using Graph.Bolt.Connection;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Pooling;

/// <summary>One <see cref="ConnectionPool"/> per server address, created on first use.</summary>
internal sealed class PoolSet : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConnectionSettings _connection;
    private readonly PoolSettings _settings;

    public PoolSet(ConnectionSettings connection, PoolSettings settings)
    {
        _connection = connection;
        _settings = settings;
    }

    public ConnectionPool this[ServerAddress address] =>
        _pools.GetOrAdd(address, a => new ConnectionPool(a, _connection, _settings));

    public Task<BoltConnection> AcquireAsync(ServerAddress address, CancellationToken cancellationToken) =>
        this[address].AcquireAsync(cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => this[connection.Address].ReleaseAsync(connection);

    /// <summary>Closes idle connections to a server that failed.</summary>
    public ValueTask CloseIdleAsync(ServerAddress address) =>
        _pools.TryGetValue(address, out var pool) ? pool.CloseIdleAsync() : ValueTask.CompletedTask;

    /// <summary>Retires every connection to a server, idle or in use (after AuthorizationExpired).</summary>
    public ValueTask CloseAllAsync(ServerAddress address) =>
        _pools.TryGetValue(address, out var pool) ? pool.CloseAllAsync() : ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _pools.Clear();
    }
}
