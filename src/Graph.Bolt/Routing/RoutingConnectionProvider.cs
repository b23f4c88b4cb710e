using System.Collections.Concurrent;
using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Pooling;
using Graph.Bolt.Protocol;
using Graph.Bolt.Responses;

namespace Graph.Bolt.Routing;

/// <summary>
/// neo4j:// URIs: keeps a routing table per database (refreshed with ROUTE when its TTL ends or a role runs empty),
/// sends writes to writers and reads to readers, forgets servers that fail, and drops writers that refuse writes.
/// </summary>
internal sealed class RoutingConnectionProvider : IConnectionProvider
{
    private readonly ServerAddress _seed;
    private readonly IReadOnlyDictionary<string, object?> _routingContext;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private int _roundRobin;

    public RoutingConnectionProvider(ServerAddress seed, IReadOnlyDictionary<string, object?> routingContext, PoolSet pools, TimeProvider time)
    {
        _seed = seed;
        _routingContext = routingContext;
        Pools = pools;
        _time = time;
    }

    public PoolSet Pools { get; }

    /// <summary>The current table of a database (null = home database), for diagnostics and tests.</summary>
    public RoutingTable? TableFor(string? database) => _tables.TryGetValue(database ?? "", out var table) ? table : null;

    public async Task<BoltConnection> AcquireAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var table = await GetTableAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        var candidates = mode == AccessMode.Read ? table.Readers : table.Writers;
        int start = Interlocked.Increment(ref _roundRobin);
        for (int i = 0; i < candidates.Count; i++)
        {
            var address = candidates[(int)((uint)(start + i) % (uint)candidates.Count)];
            try
            {
                return await Pools.AcquireAsync(address, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException)
            {
                await OnServerUnavailableAsync(address).ConfigureAwait(false);
            }
        }

        throw new SessionExpiredException(
            ErrorCodes.ServiceUnavailable,
            $"No {(mode == AccessMode.Read ? "reader" : "writer")} of database '{database ?? "(home)"}' could be reached.");
    }

    public async ValueTask OnServerUnavailableAsync(ServerAddress address)
    {
        foreach (var (key, table) in _tables)
        {
            _tables.TryUpdate(key, table.Without(address), table);
        }

        await Pools.CloseIdleAsync(address).ConfigureAwait(false);
    }

    public void OnWriterUnavailable(ServerAddress address, string? database)
    {
        // The home database's table is cached under "" and under its resolved name: update every entry for it.
        string key = database ?? "";
        string? resolved = _tables.TryGetValue(key, out var requested) ? requested.Database : database;
        foreach (var (entryKey, table) in _tables)
        {
            if (entryKey == key || (resolved is not null && (entryKey == resolved || table.Database == resolved)))
            {
                _tables.TryUpdate(entryKey, table.WithoutWriter(address), table);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Pools.DisposeAsync().ConfigureAwait(false);
        _refreshLock.Dispose();
    }

    private async Task<RoutingTable> GetTableAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        string key = database ?? "";
        if (_tables.TryGetValue(key, out var table) && !table.IsStale(mode, _time.GetUtcNow()))
        {
            return table;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStale(mode, _time.GetUtcNow()))
            {
                return table;
            }

            var fresh = await FetchAsync(table, database, bookmarks, cancellationToken).ConfigureAwait(false);
            _tables[key] = fresh;
            if (fresh.Database is { Length: > 0 } name && name != key)
            {
                // ROUTE for the home database names it (rt.db): sessions naming that database reuse the table. Each
                // entry keeps its own expiry, so a later refresh under either key leaves the other one intact.
                _tables[name] = fresh;
            }

            return fresh;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(
        RoutingTable? previous, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        // Known routers first, then the seed address from the URI.
        var routers = (previous?.Routers ?? []).Append(_seed).Distinct().ToList();
        Neo4jException? lastError = null;
        foreach (var router in routers)
        {
            try
            {
                return await RouteAsync(router, database, bookmarks, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException e)
            {
                lastError = e;
                await OnServerUnavailableAsync(router).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e is DatabaseException || e.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            {
                // This router could not answer; another one may.
                lastError = e;
            }
        }

        throw new ServiceUnavailableException(
            ErrorCodes.ServiceUnavailable,
            $"Could not fetch a routing table for database '{database ?? "(home)"}' from {string.Join(", ", routers)}.",
            lastError);
    }

    private async Task<RoutingTable> RouteAsync(
        ServerAddress router, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var connection = await Pools.AcquireAsync(router, cancellationToken).ConfigureAwait(false);
        try
        {
            var handler = new ResponseHandler("ROUTE");
            connection.Enqueue(new RouteMessage(_routingContext, bookmarks, database), handler);
            await connection.SendAndReceiveAsync(cancellationToken).ConfigureAwait(false);
            var table = RoutingTable.Parse(handler.Metadata, database, _time.GetUtcNow());
            if (table.Routers.Count == 0 || table.Readers.Count == 0)
            {
                throw new ServiceUnavailableException(
                    ErrorCodes.ServiceUnavailable, $"{router} returned a routing table without routers or readers.");
            }

            return table;
        }
        catch (ClientException e) when (e.Code == ErrorCodes.AuthorizationExpired)
        {
            // Connections to this router carry expired authorization; the retry must authenticate afresh.
            connection.Invalidate();
            await Pools.CloseAllAsync(router).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await Pools.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }
}
