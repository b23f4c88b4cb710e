namespace Graph.Bolt;

/// <summary>An open transaction inside a managed unit of work.</summary>
public sealed class BoltTransaction
{
    private BoltTransaction()
    {
    }

    /// <summary>Runs a query in the transaction and returns its whole result.</summary>
    public Task<QueryResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
