using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// The facts of one side that count, in document order: one per distinct key (the first fact that gave it), plus
/// every predicted fact whose subject or object has no gold counterpart, which can match nothing and counts on its own.
/// </summary>
/// <typeparam name="TFact">The fact type of the side.</typeparam>
internal sealed class FactKeySet<TFact>
{
    private readonly HashSet<FactKey> _keys = [];
    private readonly List<Counted> _counted = [];

    /// <summary>The facts that count; <see cref="Counted.Key"/> is null for an unaligned fact.</summary>
    public IReadOnlyList<Counted> All => _counted;

    /// <summary>Adds a fact with its key, unless the key is already there.</summary>
    public void Add(FactKey key, Predicate predicate, TFact fact)
    {
        if (_keys.Add(key))
        {
            _counted.Add(new Counted(key, predicate, fact));
        }
    }

    /// <summary>Adds a fact whose ends do not all have gold counterparts.</summary>
    public void AddUnaligned(Predicate predicate, TFact fact) => _counted.Add(new Counted(null, predicate, fact));

    /// <summary>True when <paramref name="key"/> is among the distinct keys.</summary>
    public bool Contains(FactKey? key) => key is { } k && _keys.Contains(k);

    /// <summary>A fact that counts.</summary>
    /// <param name="Key">Its key, or null when it is unaligned.</param>
    /// <param name="Predicate">Its predicate.</param>
    /// <param name="Fact">The fact.</param>
    internal sealed record Counted(FactKey? Key, Predicate Predicate, TFact Fact);
}
