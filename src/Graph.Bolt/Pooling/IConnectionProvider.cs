using Graph.Bolt.Connection;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Pooling;

/// <summary>Chooses a server for a unit of work and hands out pooled connections to it.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    PoolSet Pools { get; }

    /// <summary>A connection suitable for <paramref name="mode"/> on <paramref name="database"/>.</summary>
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    /// <summary>A server could not be reached or dropped a connection: stop using it.</summary>
    ValueTask OnServerUnavailableAsync(ServerAddress address);

    /// <summary>A server refused a write (NotALeader / ForbiddenOnReadOnlyDatabase): it is no longer a writer.</summary>
    void OnWriterUnavailable(ServerAddress address, string? database);
}
