namespace Graph.Bolt;

/// <summary>
/// Entry point: holds the connection pools (and, for <c>neo4j://</c> URIs, the routing tables) and hands out sessions.
/// Thread-safe; create one per application and dispose it at the end.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private BoltDriver()
    {
    }

    /// <summary>
    /// Creates a driver for <paramref name="uri"/>: <c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c> (one server) or
    /// <c>neo4j://</c>, <c>neo4j+s://</c>, <c>neo4j+ssc://</c> (routing); <c>+s</c> validates certificates, <c>+ssc</c>
    /// accepts self-signed ones; query parameters form the routing context. No connection is opened yet.
    /// </summary>
    public static BoltDriver Create(string uri, AuthToken auth, BoltDriverOptions? options = null) =>
        throw new NotImplementedException();

    /// <summary>Opens (and returns to the pool) a connection to prove the server is reachable and accepts the credentials.</summary>
    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Starts a session (cheap; connections are taken from the pool per transaction).</summary>
    public BoltSession Session(SessionOptions? options = null) => throw new NotImplementedException();

    /// <summary>Closes every pooled connection (sending GOODBYE).</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
