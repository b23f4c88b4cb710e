namespace Graph.Store;

/// <summary>
/// Groups the ingests that follow into commits of several articles each (see <see cref="GraphStore.BeginBatch"/>).
/// Disposing it commits the articles stored since the last commit; each article stays all or nothing.
/// </summary>
public sealed class IngestBatch : IDisposable
{
    private readonly GraphStore _store;
    private bool _disposed;

    internal IngestBatch(GraphStore store, int minArticlesPerCommit, int maxArticlesPerCommit)
    {
        _store = store;
        MinArticlesPerCommit = minArticlesPerCommit;
        MaxArticlesPerCommit = maxArticlesPerCommit;
    }

    /// <summary>The fewest articles a commit holds (but the last).</summary>
    public int MinArticlesPerCommit { get; }

    /// <summary>The most articles a commit holds.</summary>
    public int MaxArticlesPerCommit { get; }

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
