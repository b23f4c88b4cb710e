using Graph.Bolt.Connection;
using Graph.Bolt.Pooling;
using Graph.Bolt.Protocol;
using Graph.Bolt.Retry;
using Graph.Bolt.Routing;

namespace Graph.Bolt;

/// <summary>
/// Entry point: holds the connection pools (and, for <c>neo4j://</c> URIs, the routing tables) and hands out sessions.
/// Thread-safe; create one per application and dispose it at the end.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly DriverContext _context;
    private int _disposed;

    private BoltDriver(DriverContext context)
    {
        _context = context;
    }

    internal IConnectionProvider Provider => _context.Provider;

    /// <summary>
    /// Creates a driver for <paramref name="uri"/>: <c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c> (one server) or
    /// <c>neo4j://</c>, <c>neo4j+s://</c>, <c>neo4j+ssc://</c> (routing); <c>+s</c> validates certificates, <c>+ssc</c>
    /// accepts self-signed ones; query parameters form the routing context. No connection is opened yet.
    /// </summary>
    /// <exception cref="ArgumentException">The URI is malformed or its scheme unsupported.</exception>
    public static BoltDriver Create(string uri, AuthToken auth, BoltDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        options ??= new BoltDriverOptions();
        var parsed = BoltUri.Parse(uri);
        var settings = new ConnectionSettings(
            auth,
            options.UserAgent,
            parsed.Encryption,
            options.ConnectionTimeout,
            parsed.Routing ? parsed.RoutingContext : null,
            options.TelemetryDisabled,
            options.SocketKeepAlive);
        var poolSettings = new PoolSettings(
            options.MaxConnectionPoolSize,
            options.ConnectionAcquisitionTimeout,
            options.ConnectionLivenessCheckTimeout,
            options.MaxConnectionLifetime,
            options.ConnectionTimeout,
            options.TimeProvider);
        var pools = new PoolSet(settings, poolSettings);
        IConnectionProvider provider = parsed.Routing
            ? new RoutingConnectionProvider(parsed.Address, parsed.RoutingContext, pools, options.TimeProvider)
            : new DirectConnectionProvider(parsed.Address, pools);
        return new BoltDriver(new DriverContext(provider, new RetryPolicy(options), options));
    }

    /// <summary>
    /// Opens (and returns to the pool) a connection to prove the server is reachable and accepts the credentials;
    /// with routing, also fetches the routing table.
    /// </summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var connection = await _context.Provider.AcquireAsync(AccessMode.Read, null, [], cancellationToken).ConfigureAwait(false);
        await _context.Provider.Pools.ReleaseAsync(connection).ConfigureAwait(false);
    }

    /// <summary>Starts a session (cheap; connections are taken from the pool per transaction).</summary>
    public BoltSession Session(SessionOptions? options = null)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return new BoltSession(_context, options ?? new SessionOptions());
    }

    /// <summary>Closes every pooled connection (sending GOODBYE).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _context.Provider.DisposeAsync().ConfigureAwait(false);
        }
    }
}
