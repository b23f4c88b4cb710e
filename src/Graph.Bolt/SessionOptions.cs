namespace Graph.Bolt;

/// <summary>Settings of one session.</summary>
public sealed record SessionOptions
{
    /// <summary>The database to use; null for the user's home (default) database.</summary>
    public string? Database { get; init; }

    /// <summary>Default access mode for <see cref="BoltSession.RunAsync"/>.</summary>
    public AccessMode AccessMode { get; init; } = AccessMode.Write;

    /// <summary>Bookmarks the session's first transaction waits for (causal consistency).</summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }

    /// <summary>Records fetched per PULL; null for the driver default, -1 for all at once.</summary>
    public int? FetchSize { get; init; }
}
