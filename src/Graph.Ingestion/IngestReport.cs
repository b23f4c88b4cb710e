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

    /// <summary>Inputs found; more than <see cref="Results"/> holds when the run was interrupted.</summary>
    public int Found { get; init; } = Results.Count;

    /// <summary>
    /// True when the run was cancelled before every input was handled. Every article in <see cref="Results"/>
    /// that did not fail is in the store; the others were not started, and running again continues with them.
    /// </summary>
    public bool Interrupted { get; init; }

    /// <summary>
    /// Paragraphs extraction did not read (boilerplate, another language …), over every article read, per reason
    /// in ordinal order: nothing is dropped in silence.
    /// </summary>
    public IReadOnlyDictionary<string, int> SkippedByReason =>
        new SortedDictionary<string, int>(
            Results.Where(r => r.Status != ArticleStatus.Failed && r.Extraction is not null)
                .SelectMany(r => r.Extraction!.Skipped)
                .GroupBy(s => s.Reason, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>Paragraphs extraction did not read, over every article read.</summary>
    public int Skipped => SkippedByReason.Values.Sum();
}
