namespace Graph.Extraction.Resources;

/// <summary>The event patterns of the lexicon, indexed by trigger lemma. Immutable and thread-safe.</summary>
public sealed class EventPatternTable
{
    private readonly Dictionary<string, EventPattern[]> _byLemma;
    private readonly Dictionary<(string, EventPos), EventPattern[]> _bySpecificity;

    /// <summary>Indexes <paramref name="patterns"/>.</summary>
    public EventPatternTable(IEnumerable<EventPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        All = [.. patterns];
        _byLemma = All.GroupBy(p => p.Lemma, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _bySpecificity = All.GroupBy(p => (p.Lemma, p.Pos)).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Specificity).ToArray());
    }

    /// <summary>Every pattern, in file order.</summary>
    public IReadOnlyList<EventPattern> All { get; }

    /// <summary>The patterns triggered by <paramref name="lemma"/> (lower case) in file order; empty when none.</summary>
    public IReadOnlyList<EventPattern> WithLemma(string lemma) =>
        _byLemma.TryGetValue(lemma, out EventPattern[]? patterns) ? patterns : [];

    /// <summary>The patterns triggered by <paramref name="lemma"/> used as <paramref name="pos"/>.</summary>
    public IEnumerable<EventPattern> WithLemma(string lemma, EventPos pos) => WithLemma(lemma).Where(p => p.Pos == pos);

    /// <summary>The patterns of <paramref name="lemma"/> used as <paramref name="pos"/>, most specific first (file order among equals).</summary>
    public IReadOnlyList<EventPattern> MostSpecificFirst(string lemma, EventPos pos) =>
        _bySpecificity.TryGetValue((lemma, pos), out EventPattern[]? patterns) ? patterns : [];
}
