using Graph.Bolt.Messages;
using Graph.Bolt.Protocol;
using Graph.Bolt.Responses;

namespace Graph.Bolt;

/// <summary>An open transaction inside a managed unit of work.</summary>
public sealed class BoltTransaction
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private State _state = State.Active;

    internal BoltTransaction(BoltConnection connection, long fetchSize)
    {
        _connection = connection;
        _fetchSize = fetchSize;
    }

    private enum State
    {
        Active,
        Failed,
        Committed,
        RolledBack,
    }

    /// <summary>Runs a query in the transaction and returns its whole result.</summary>
    /// <exception cref="InvalidOperationException">The transaction already failed or ended.</exception>
    public async Task<QueryResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureActive();
        try
        {
            var (result, _) = await QueryExecution.RunAsync(_connection, new RunMessage(query, parameters, null), _fetchSize, cancellationToken)
                .ConfigureAwait(false);
            return result;
        }
        catch (Exception e) when (e is not ArgumentException)
        {
            // A FAILURE was followed by RESET (the server rolled back), or the connection broke. A parameter that cannot
            // be encoded (ArgumentException) never left the client, so the transaction stays open and is rolled back.
            _state = State.Failed;
            throw;
        }
    }

    /// <summary>Queues BEGIN; it is sent together with the first RUN (or with COMMIT).</summary>
    internal void Begin(TransactionExtra extra) => _connection.Enqueue(new BeginMessage(extra), new ResponseHandler("BEGIN"));

    /// <summary>Commits; returns the new bookmark. A connection lost during COMMIT raises <see cref="IncompleteCommitException"/>.</summary>
    internal async Task<string?> CommitAsync(CancellationToken cancellationToken)
    {
        EnsureActive();
        var handler = new ResponseHandler("COMMIT");
        _connection.Enqueue(CommitMessage.Instance, handler);
        try
        {
            await _connection.SendAndReceiveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceUnavailableException e)
        {
            _state = State.Failed;
            throw new IncompleteCommitException(
                e.Code, $"The connection to {_connection.Address} was lost during COMMIT; the transaction may or may not have been committed.", e);
        }
        catch
        {
            _state = State.Failed;
            throw;
        }

        _state = State.Committed;
        return handler.Get<string>("bookmark");
    }

    /// <summary>Rolls back if the transaction is still open on the server; errors are swallowed (the connection is then dropped).</summary>
    internal async Task RollbackIfActiveAsync()
    {
        if (_state != State.Active || _connection.IsDefunct)
        {
            return;
        }

        _state = State.RolledBack;
        try
        {
            _connection.Enqueue(RollbackMessage.Instance, new ResponseHandler("ROLLBACK"));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _connection.SendAndReceiveAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            _connection.Invalidate();
        }
    }

    private void EnsureActive()
    {
        if (_state != State.Active)
        {
            throw new InvalidOperationException($"The transaction is {_state.ToString().ToLowerInvariant()}; start a new one.");
        }
    }
}
