using System.Collections.Concurrent;
using Graph.Bolt.Connection;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Pooling;

/// <summary>
/// Open connections to one server, at most <see cref="PoolSettings.MaxSize"/> in use or idle at once. Idle connections
/// are vetted before reuse (closed socket, age, server idle hint, optional RESET round trip); bad ones are replaced by
/// a fresh connection without the caller noticing.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConnectionSettings _connection;
    private readonly PoolSettings _settings;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;
    private int _generation;

    public ConnectionPool(ServerAddress address, ConnectionSettings connection, PoolSettings settings)
    {
        Address = address;
        _connection = connection;
        _settings = settings;
        _slots = new SemaphoreSlim(settings.MaxSize, settings.MaxSize);
    }

    public ServerAddress Address { get; }

    /// <summary>Takes a healthy idle connection or opens a new one.</summary>
    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_settings.AcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ClientException(
                "Graph.Bolt.PoolExhausted", $"No connection to {Address} became free within {_settings.AcquisitionTimeout}.");
        }

        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (await IsReusableAsync(idle, cancellationToken).ConfigureAwait(false))
                {
                    return idle;
                }

                await idle.DisposeAsync().ConfigureAwait(false);
            }

            int generation = Volatile.Read(ref _generation);
            var opened = await BoltConnection.OpenAsync(Address, _connection, cancellationToken).ConfigureAwait(false);
            opened.CreatedAt = _settings.Time.GetTimestamp();
            opened.Generation = generation;
            return opened;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a connection: kept when healthy and current, closed otherwise.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        if (connection.IsDefunct || connection.HasPendingRequests || _disposed || connection.Generation != Volatile.Read(ref _generation))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            connection.IdleSince = _settings.Time.GetTimestamp();
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

    /// <summary>
    /// Retires every connection of this server: idle ones are closed now, those in use when they come back
    /// (after AuthorizationExpired their authentication can no longer be trusted).
    /// </summary>
    public ValueTask CloseAllAsync()
    {
        Interlocked.Increment(ref _generation);
        return CloseIdleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await CloseIdleAsync().ConfigureAwait(false);
    }

    private async Task<bool> IsReusableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        var time = _settings.Time;
        if (connection.IsDefunct || connection.Generation != Volatile.Read(ref _generation))
        {
            return false;
        }

        if (_settings.MaxConnectionLifetime is { } lifetime && time.GetElapsedTime(connection.CreatedAt) > lifetime)
        {
            return false;
        }

        var idleFor = time.GetElapsedTime(connection.IdleSince);
        if (connection.RecvTimeout is { } recv && idleFor >= recv)
        {
            // The server promised to speak at least this often while it keeps the connection; it may be gone.
            return false;
        }

        var probe = connection.ProbeIdle();
        if (probe == BoltConnection.IdleProbe.Closed)
        {
            return false;
        }

        bool check = probe == BoltConnection.IdleProbe.UnexpectedInput
            || (_settings.LivenessCheckTimeout is { } liveness && idleFor >= liveness);
        if (!check)
        {
            return true;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.ResetTimeout);
        try
        {
            await connection.ResetAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is Neo4jException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // No answer, a FAILURE or a broken socket: the connection is dead; a fresh one replaces it.
            connection.Invalidate();
            return false;
        }
        catch (OperationCanceledException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
