namespace Graph.Bolt.Messages;

/// <summary>The extra dictionary of BEGIN and of auto-commit RUN.</summary>
/// <param name="Bookmarks">Bookmarks to wait for.</param>
/// <param name="Database">Database name (null = home database).</param>
/// <param name="AccessMode">Read or write.</param>
/// <param name="Timeout">Transaction timeout, when set.</param>
/// <param name="Metadata">Transaction metadata, when set.</param>
internal sealed record TransactionExtra(
    IReadOnlyList<string> Bookmarks,
    string? Database,
    AccessMode AccessMode,
    TimeSpan? Timeout = null,
    IReadOnlyDictionary<string, object?>? Metadata = null)
{
    public static TransactionExtra Default { get; } = new([], null, AccessMode.Write);
}
