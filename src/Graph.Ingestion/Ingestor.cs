using Graph.Ingestion.Reading;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;

namespace Graph.Ingestion;

/// <summary>
/// Reads, extracts and stores articles. Reading and extraction run in parallel; storing runs in input
/// order, one transaction per article, so the store ends the same whatever the timing and a failing
/// article leaves nothing behind.
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
    /// Ingests every article found under <paramref name="paths"/>. Cancelling stops between two articles: the
    /// report then says so (<see cref="IngestReport.Interrupted"/>) and holds the articles stored so far.
    /// </summary>
    public IngestReport Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var inputs = ArticleDiscovery.Discover(paths, _reader);
        var results = new List<ArticleResult>(inputs.Count);
        var prepared = inputs
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(Prepare);
        try
        {
            foreach (var result in prepared)
            {
                // PLINQ may hand over results it prepared before the cancellation: none is stored after it.
                cancellationToken.ThrowIfCancellationRequested();
                var stored = result.Status == ArticleStatus.Failed ? result : Store(result);
                results.Add(stored);
                progress?.Report(new IngestProgress(results.Count, inputs.Count, stored));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Each article is stored in its own transaction, so stopping here leaves whole articles only.
            return new IngestReport(results) { Found = inputs.Count, Interrupted = true };
        }

        return new IngestReport(results) { Found = inputs.Count };
    }

    private ArticleResult Prepare(ArticleInput input)
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

        try
        {
            return new ArticleResult(input.Path, ArticleStatus.Added, null, document, _extract(document));
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
