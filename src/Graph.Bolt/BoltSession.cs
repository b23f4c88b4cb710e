namespace Graph.Bolt;

/// <summary>
/// A sequence of causally chained transactions against one database. Not thread-safe: run one unit of work at a time.
/// </summary>
public sealed class BoltSession : IAsyncDisposable
{
    private BoltSession()
    {
    }

    /// <summary>The bookmarks of the last committed transaction (pass them to another session for causal consistency).</summary>
    public IReadOnlyList<string> LastBookmarks => [];

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures as the official drivers do.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures as the official drivers do.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Runs one auto-commit query (never retried) and returns its whole result.</summary>
    public Task<QueryResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Releases the session's connection, if any.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
