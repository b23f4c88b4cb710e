namespace Graph.Store;

/// <summary>
/// Groups the ingests that follow into commits of several articles each (see <see cref="GraphStore.BeginBatch"/>).
/// Disposing it commits the articles stored since the last commit; each article stays all or nothing.
/// </summary>
public sealed class IngestBatch : IDisposable
{
    private readonly GraphStore _store;
    private bool _disposed;

    internal IngestBatch(GraphStore store, int articlesPerCommit)
    {
        _store = store;
        ArticlesPerCommit = articlesPerCommit;
    }

    /// <summary>How many articles one commit holds at most.</summary>
    public int ArticlesPerCommit { get; }

    /// <summary>Commits the articles stored since the last commit and ends the batch.</summary>
    /// <exception cref="StoreException">The database refused the commit.</exception>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _store.EndBatch(this);
    }
}
