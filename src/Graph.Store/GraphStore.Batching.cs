using Microsoft.Data.Sqlite;

namespace Graph.Store;

public sealed partial class GraphStore
{
    /// <summary>Articles per commit of <see cref="BeginBatch"/> when the caller does not say.</summary>
    public const int DefaultArticlesPerCommit = 200;

    private IngestBatch? _batch;
    private SqliteTransaction? _batchTransaction;
    private int _uncommitted;

    /// <summary>
    /// Until the returned batch is disposed, <see cref="Ingest"/> stores each article under a savepoint of a
    /// transaction committed every <paramref name="articlesPerCommit"/> articles. An article is still stored whole
    /// or not at all (a failing one is rolled back to its savepoint, a crash loses at most the articles since the
    /// last commit, never part of one), but the pages an article shares with its neighbours (indexes, entities)
    /// are written and synced once per commit instead of once per article.
    /// </summary>
    /// <exception cref="InvalidOperationException">A batch is already open.</exception>
    public IngestBatch BeginBatch(int articlesPerCommit = DefaultArticlesPerCommit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articlesPerCommit, 1);
        if (_batch is not null)
        {
            throw new InvalidOperationException("A batch is already open on this store.");
        }

        _batch = new IngestBatch(this, articlesPerCommit);
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
            if (++_uncommitted >= _batch.ArticlesPerCommit)
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
