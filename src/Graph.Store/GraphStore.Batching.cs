using Microsoft.Data.Sqlite;

namespace Graph.Store;

public sealed partial class GraphStore
{
    /// <summary>The fewest articles a commit of <see cref="BeginBatch"/> holds when the caller does not say.</summary>
    public const int DefaultMinArticlesPerCommit = 200;

    /// <summary>The most articles a commit of <see cref="BeginBatch"/> holds when the caller does not say.</summary>
    public const int DefaultMaxArticlesPerCommit = 5000;

    private IngestBatch? _batch;
    private SqliteTransaction? _batchTransaction;
    private int _uncommitted;
    private long _committedArticles;

    /// <summary>
    /// Until the returned batch is disposed, <see cref="Ingest"/> stores each article under a savepoint of a
    /// transaction that is committed once it holds as many articles as the store held at the last commit, within
    /// <paramref name="minArticlesPerCommit"/> and <paramref name="maxArticlesPerCommit"/>. An article is still stored
    /// whole or not at all (a failing one is rolled back to its savepoint; a crash loses the articles since the last
    /// commit, never part of one, and a rerun stores them again).
    /// </summary>
    /// <remarks>
    /// Articles share index and entity pages spread over the whole file, so a commit rewrites (journal, then
    /// database) about as many pages as the store has: committing one article at a time wrote the store over and over,
    /// and commits growing with the store keep the total near a small multiple of its size.
    /// </remarks>
    /// <exception cref="InvalidOperationException">A batch is already open.</exception>
    public IngestBatch BeginBatch(int minArticlesPerCommit = DefaultMinArticlesPerCommit, int maxArticlesPerCommit = DefaultMaxArticlesPerCommit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minArticlesPerCommit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArticlesPerCommit, minArticlesPerCommit);
        if (_batch is not null)
        {
            throw new InvalidOperationException("A batch is already open on this store.");
        }

        _committedArticles = Rows("SELECT COUNT(*) FROM articles").Select(reader => reader.GetInt64(0)).Single();
        _batch = new IngestBatch(this, minArticlesPerCommit, maxArticlesPerCommit);
        return _batch;
    }

    internal void EndBatch(IngestBatch batch)
    {
        if (!ReferenceEquals(batch, _batch))
        {
            return;
        }

        _batch = null;
        CommitBatch();
    }

    // Runs one article's writes: in a transaction of its own, or under a savepoint of the open batch.
    private T InArticleTransaction<T>(Func<SqliteTransaction, T> write)
    {
        if (_batch is null)
        {
            using var transaction = _connection.BeginTransaction();
            T result = write(transaction);
            transaction.Commit();
            return result;
        }

        _batchTransaction ??= _connection.BeginTransaction();
        _batchTransaction.Save("article");
        try
        {
            T result = write(_batchTransaction);
            _batchTransaction.Release("article");
            if (++_uncommitted >= Math.Clamp(_committedArticles, _batch.MinArticlesPerCommit, _batch.MaxArticlesPerCommit))
            {
                CommitBatch();
            }

            return result;
        }
        catch
        {
            _batchTransaction.Rollback("article");
            _batchTransaction.Release("article");
            throw;
        }
    }

    private void CommitBatch()
    {
        if (_batchTransaction is null)
        {
            return;
        }

        try
        {
            _batchTransaction.Commit();
            _committedArticles += _uncommitted;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{Path}: {ex.Message}", ex);
        }
        finally
        {
            _batchTransaction.Dispose();
            _batchTransaction = null;
            _uncommitted = 0;
        }
    }
}
