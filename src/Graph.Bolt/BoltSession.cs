using Graph.Bolt.Messages;
using Graph.Bolt.Protocol;
using Graph.Bolt.Responses;

namespace Graph.Bolt;

/// <summary>
/// A sequence of causally chained transactions against one database. Not thread-safe: run one unit of work at a time.
/// </summary>
public sealed class BoltSession : IAsyncDisposable
{
    private readonly DriverContext _context;
    private readonly SessionOptions _options;
    private IReadOnlyList<string> _bookmarks;

    internal BoltSession(DriverContext context, SessionOptions options)
    {
        _context = context;
        _options = options;
        _bookmarks = options.Bookmarks?.ToArray() ?? [];
    }

    /// <summary>The bookmarks of the last committed transaction (pass them to another session for causal consistency).</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    private long FetchSize => _options.FetchSize ?? _context.Options.FetchSize;

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures as the official drivers do.</summary>
    /// <remarks><paramref name="work"/> may run several times: keep it free of side effects outside the transaction.</remarks>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures as the official drivers do.</summary>
    /// <remarks><paramref name="work"/> may run several times: keep it free of side effects outside the transaction.</remarks>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, cancellationToken);

    /// <summary>
    /// Runs one auto-commit query (never retried) in the session's <see cref="SessionOptions.AccessMode"/> and returns its whole result.
    /// Use it for <c>CALL { … } IN TRANSACTIONS</c>, which cannot run inside a transaction.
    /// </summary>
    public async Task<QueryResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var mode = _options.AccessMode;
        var connection = await _context.Provider.AcquireAsync(mode, _options.Database, _bookmarks, cancellationToken).ConfigureAwait(false);
        try
        {
            if (connection.TelemetryEnabled)
            {
                connection.Enqueue(new TelemetryMessage(TelemetryMessage.AutoCommit), new ResponseHandler("TELEMETRY"));
            }

            var run = new RunMessage(query, parameters, new TransactionExtra(_bookmarks, _options.Database, mode));
            var (result, bookmark) = await QueryExecution.RunAsync(connection, run, FetchSize, cancellationToken).ConfigureAwait(false);
            if (bookmark is not null)
            {
                _bookmarks = [bookmark];
            }

            return result;
        }
        catch (Neo4jException e)
        {
            await OnErrorAsync(e, connection).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await _context.Provider.Pools.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Nothing to release: connections go back to the pool after each unit of work.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _context.Retry.ExecuteAsync(token => RunTransactionAsync(mode, work, token), cancellationToken);
    }

    private async Task<T> RunTransactionAsync<T>(AccessMode mode, Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await _context.Provider.AcquireAsync(mode, _options.Database, _bookmarks, cancellationToken).ConfigureAwait(false);
        var transaction = new BoltTransaction(connection, FetchSize);
        try
        {
            if (connection.TelemetryEnabled)
            {
                connection.Enqueue(new TelemetryMessage(TelemetryMessage.ManagedTransaction), new ResponseHandler("TELEMETRY"));
            }

            transaction.Begin(new TransactionExtra(_bookmarks, _options.Database, mode));
            T result = await work(transaction).ConfigureAwait(false);
            string? bookmark = await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (bookmark is not null)
            {
                _bookmarks = [bookmark];
            }

            return result;
        }
        catch (Neo4jException e)
        {
            await transaction.RollbackIfActiveAsync().ConfigureAwait(false);
            await OnErrorAsync(e, connection).ConfigureAwait(false);
            throw;
        }
        catch
        {
            await transaction.RollbackIfActiveAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await _context.Provider.Pools.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Reactions to an error: forget failed servers, drop writers that refuse writes, retire expired connections.</summary>
    private async Task OnErrorAsync(Neo4jException error, BoltConnection connection)
    {
        switch (error)
        {
            case ServiceUnavailableException or IncompleteCommitException:
                await _context.Provider.OnServerUnavailableAsync(connection.Address).ConfigureAwait(false);
                break;
            case ClientException { Code: ErrorCodes.NotALeader or ErrorCodes.ForbiddenOnReadOnlyDatabase }:
                _context.Provider.OnWriterUnavailable(connection.Address, _options.Database);
                break;
            case ClientException { Code: ErrorCodes.AuthorizationExpired }:
                // Every connection to that server may carry the expired authorization: retire them all, so the
                // retry (and later work) authenticates afresh. Other servers keep their connections.
                connection.Invalidate();
                await _context.Provider.Pools.CloseAllAsync(connection.Address).ConfigureAwait(false);
                break;
            case SecurityException { Code: ErrorCodes.TokenExpired }:
                // The connection's token expired: it cannot serve anything else. Not retried (the same token would fail).
                connection.Invalidate();
                break;
        }
    }
}
