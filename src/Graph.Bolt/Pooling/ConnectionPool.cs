using System.Collections.Concurrent;
using Graph.Bolt.Connection;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Pooling;

/// <summary>Open connections to one server, at most <c>MaxConnectionPoolSize</c> in use or idle at once.</summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConnectionSettings _settings;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly TimeSpan _acquisitionTimeout;
    private volatile bool _disposed;

    public ConnectionPool(ServerAddress address, ConnectionSettings settings, int maxSize, TimeSpan acquisitionTimeout)
    {
        Address = address;
        _settings = settings;
        _slots = new SemaphoreSlim(maxSize, maxSize);
        _acquisitionTimeout = acquisitionTimeout;
    }

    public ServerAddress Address { get; }

    /// <summary>Takes an idle connection or opens a new one.</summary>
    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_acquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ClientException(
                "Graph.Bolt.PoolExhausted", $"No connection to {Address} became free within {_acquisitionTimeout}.");
        }

        while (_idle.TryPop(out var idle))
        {
            if (!idle.IsDefunct)
            {
                return idle;
            }

            await idle.DisposeAsync().ConfigureAwait(false);
        }

        try
        {
            return await BoltConnection.OpenAsync(Address, _settings, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a connection: kept when healthy, closed when defunct.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        if (connection.IsDefunct || connection.HasPendingRequests || _disposed)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _idle.Push(connection);
        }

        _slots.Release();
    }

    /// <summary>Closes the idle connections (after the server failed).</summary>
    public async ValueTask CloseIdleAsync()
    {
        while (_idle.TryPop(out var idle))
        {
            await idle.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await CloseIdleAsync().ConfigureAwait(false);
    }
}
