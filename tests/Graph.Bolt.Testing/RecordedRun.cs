namespace Graph.Bolt.Testing;

/// <summary>A RUN as a <see cref="StatementResponder"/> received it.</summary>
/// <param name="Connection">The connection's number on the server (1-based).</param>
/// <param name="Transaction">The transaction it ran in (numbered across the server from 1); auto-commit RUNs get their own number.</param>
/// <param name="AutoCommit">True when the RUN came outside BEGIN … COMMIT.</param>
/// <param name="Query">The query text.</param>
/// <param name="Parameters">The parameters as decoded from the wire (maps, lists, <see cref="BoltDate"/> …).</param>
/// <param name="TransactionExtra">The extra of BEGIN (or of an auto-commit RUN): <c>mode</c>, <c>db</c>, <c>bookmarks</c> …</param>
public sealed record RecordedRun(
    int Connection,
    int Transaction,
    bool AutoCommit,
    string Query,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyDictionary<string, object?> TransactionExtra);
