using Graph.Ingestion.Reading;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;

namespace Graph.Ingestion;

/// <summary>
/// Reads, extracts and stores articles. Reading and extraction run in parallel; storing runs in input
/// order, each article all or nothing (commits grouped by <see cref="GraphStore.BeginBatch"/>), so the store
/// ends the same whatever the timing and a failing article leaves nothing behind. Articles whose content is
/// already stored are read and hashed, not extracted.
/// </summary>
public sealed class Ingestor
{
    private readonly GraphStore _store;
    private readonly Func<ArticleDocument, ArticleExtraction> _extract;
    private readonly ArticleFileReader _reader;

    /// <summary>Creates an ingestor writing to <paramref name="store"/>.</summary>
    /// <param name="store">The store of record.</param>
    /// <param name="extract">The extraction step (pure and thread-safe).</param>
    /// <param name="reader">The file reader; the built-in formats when null.</param>
    public Ingestor(GraphStore store, Func<ArticleDocument, ArticleExtraction> extract, ArticleFileReader? reader = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _extract = extract ?? throw new ArgumentNullException(nameof(extract));
        _reader = reader ?? new ArticleFileReader();
    }

    /// <summary>The file reader in use (its extensions decide what folders contribute).</summary>
    public ArticleFileReader Reader => _reader;

    /// <summary>
    /// Decides whether an article already stored (same content) is extracted again, for a caller that needs its
    /// extraction (an output file gone missing); by default it is not, so a rerun extracts only new articles.
    /// </summary>
    public Func<ArticleDocument, bool> ExtractUnchanged { get; init; } = _ => false;

    /// <summary>
    /// Ingests every article found under <paramref name="paths"/>. Results come out one by one, in input order,
    /// through <paramref name="completed"/> (then <paramref name="progress"/>); none is kept, so memory does not grow
    /// with the number of articles. Cancelling stops between two articles: the articles stored so far are committed
    /// and the report says the run was interrupted (<see cref="IngestReport.Interrupted"/>).
    /// </summary>
    public IngestReport Run(
        IEnumerable<string> paths,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default,
        Action<ArticleResult>? completed = null)
    {
        var inputs = ArticleDiscovery.Discover(paths, _reader);
        var known = _store.ContentHashes();
        var tally = new IngestTally();
        int done = 0;
        int degree = Environment.ProcessorCount;
        var prepared = OrderedParallel.Map(inputs, input => Prepare(input, known), degree, window: 4 * degree, cancellationToken);
        try
        {
            using (_store.BeginBatch())
            {
                foreach (var result in prepared)
                {
                    // Results prepared before a cancellation may still arrive: none is stored after it.
                    cancellationToken.ThrowIfCancellationRequested();
                    var stored = result.Status == ArticleStatus.Added ? Store(result) : result;
                    tally.Add(stored);
                    completed?.Invoke(stored);
                    progress?.Report(new IngestProgress(++done, inputs.Count, stored));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ending the batch committed every article stored so far, each whole; a rerun continues with the rest.
            return tally.Report() with { Found = inputs.Count, Interrupted = true };
        }

        return tally.Report() with { Found = inputs.Count };
    }

    private ArticleResult Prepare(ArticleInput input, IReadOnlySet<string> known)
    {
        if (input.Error is not null)
        {
            return new ArticleResult(input.Path, ArticleStatus.Failed, $"{input.Path}: {input.Error}");
        }

        ArticleDocument document;
        try
        {
            document = _reader.Read(input.Path);
        }
        catch (ArticleReadException ex)
        {
            return new ArticleResult(input.Path, ArticleStatus.Failed, ex.Message);
        }
#pragma warning disable CA1031 // A reader's bug on one file must not stop the others; it is reported with its file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ArticleResult(input.Path, ArticleStatus.Failed, $"{input.Path}: reading failed: {ex.GetType().Name}: {ex.Message}");
        }

        // Known content is not extracted again: the store already holds what extraction would find.
        bool stored = known.Contains(document.ContentHash);
        if (stored && !ExtractUnchanged(document))
        {
            return new ArticleResult(input.Path, ArticleStatus.Unchanged, null, document);
        }

        try
        {
            return new ArticleResult(input.Path, stored ? ArticleStatus.Unchanged : ArticleStatus.Added, null, document, _extract(document));
        }
#pragma warning disable CA1031 // One article's extraction bug must not stop the others; it is reported with its file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ArticleResult(input.Path, ArticleStatus.Failed, $"{input.Path}: extraction failed: {ex.Message}", document);
        }
    }

    private ArticleResult Store(ArticleResult prepared)
    {
        try
        {
            var outcome = _store.Ingest(prepared.Document!, prepared.Extraction!);
            return prepared with { Status = outcome == IngestOutcome.Added ? ArticleStatus.Added : ArticleStatus.Unchanged };
        }
        catch (StoreException ex)
        {
            return prepared with { Status = ArticleStatus.Failed, Error = $"{prepared.Path}: not stored: {ex.Message}" };
        }
    }
}
