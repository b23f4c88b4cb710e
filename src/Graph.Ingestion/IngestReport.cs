namespace Graph.Ingestion;

/// <summary>Every input's outcome, in input order.</summary>
/// <param name="Results">One result per input.</param>
public sealed record IngestReport(IReadOnlyList<ArticleResult> Results)
{
    /// <summary>Articles newly stored.</summary>
    public int Added => Results.Count(r => r.Status == ArticleStatus.Added);

    /// <summary>Articles already stored.</summary>
    public int Unchanged => Results.Count(r => r.Status == ArticleStatus.Unchanged);

    /// <summary>Inputs that failed.</summary>
    public int Failed => Results.Count(r => r.Status == ArticleStatus.Failed);

    /// <summary>Articles read successfully (added or unchanged).</summary>
    public int Read => Added + Unchanged;
}
