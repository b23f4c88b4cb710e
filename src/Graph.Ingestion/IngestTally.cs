namespace Graph.Ingestion;

/// <summary>Counts results as they come, for an <see cref="IngestReport"/>; keeps only the failures' messages.</summary>
internal sealed class IngestTally
{
    private readonly List<string> _failures = [];
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private int _added;
    private int _unchanged;
    private int _extracted;

    /// <summary>Counts one result.</summary>
    public void Add(ArticleResult result)
    {
        switch (result.Status)
        {
            case ArticleStatus.Failed:
                _failures.Add(result.Error ?? result.Path);
                return;
            case ArticleStatus.Added:
                _added++;
                break;
            default:
                _unchanged++;
                break;
        }

        if (result.Extraction is null)
        {
            return;
        }

        _extracted++;
        foreach (var skipped in result.Extraction.Skipped)
        {
            _skipped[skipped.Reason] = _skipped.GetValueOrDefault(skipped.Reason) + 1;
        }
    }

    /// <summary>The counts so far.</summary>
    public IngestReport Report() =>
        new(_added, _unchanged, _extracted, [.. _failures], new SortedDictionary<string, int>(_skipped, StringComparer.Ordinal))
        {
            Found = _added + _unchanged + _failures.Count,
        };
}
