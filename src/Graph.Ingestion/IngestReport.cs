namespace Graph.Ingestion;

/// <summary>
/// What an ingest run did, in counts: the run keeps no article, so its memory does not grow with the corpus.
/// </summary>
/// <param name="Added">Articles newly stored.</param>
/// <param name="Unchanged">Articles already stored (same content), left as they were.</param>
/// <param name="Extracted">Articles extraction ran on: the added ones, and unchanged ones a caller asked for again.</param>
/// <param name="Failures">One line per input that failed (<c>PATH: reason</c>), in input order.</param>
/// <param name="SkippedByReason">
/// Paragraphs extraction did not read (boilerplate, another language …), over every article extracted, per reason
/// in ordinal order: nothing is dropped in silence.
/// </param>
public sealed record IngestReport(
    int Added, int Unchanged, int Extracted, IReadOnlyList<string> Failures, IReadOnlyDictionary<string, int> SkippedByReason)
{
    /// <summary>Inputs found; more than <see cref="Handled"/> when the run was interrupted.</summary>
    public int Found { get; init; }

    /// <summary>
    /// True when the run was cancelled before every input was handled. Every article counted here that did not fail
    /// is in the store; the others were not started, and running again continues with them.
    /// </summary>
    public bool Interrupted { get; init; }

    /// <summary>Inputs handled: read or failed.</summary>
    public int Handled => Read + Failed;

    /// <summary>Inputs that failed.</summary>
    public int Failed => Failures.Count;

    /// <summary>Articles read successfully (added or unchanged).</summary>
    public int Read => Added + Unchanged;

    /// <summary>Paragraphs extraction did not read, over every article extracted.</summary>
    public int Skipped => SkippedByReason.Values.Sum();

    /// <summary>The report of <paramref name="results"/>, read once.</summary>
    public static IngestReport Of(IEnumerable<ArticleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var tally = new IngestTally();
        foreach (var result in results)
        {
            tally.Add(result);
        }

        return tally.Report();
    }
}
