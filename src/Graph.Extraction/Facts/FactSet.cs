using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Facts;

/// <summary>The article's facts: at most one per (subject, predicate, object, status), the first statement kept.</summary>
public sealed class FactSet
{
    private readonly List<ExtractedFact> _facts = [];
    private readonly HashSet<(string, Predicate, string, FactStatus)> _keys = [];

    /// <summary>Facts in the order found.</summary>
    public IReadOnlyList<ExtractedFact> All => _facts;

    /// <summary>Adds a fact unless subject and object are the same or the triple is known.</summary>
    /// <returns>True when added.</returns>
    public bool Add(ExtractedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (string.Equals(fact.Subject, fact.Object, StringComparison.Ordinal))
        {
            return false;
        }

        if (!_keys.Add(Key(fact)))
        {
            return false;
        }

        _facts.Add(fact);
        return true;
    }

    /// <summary>Removes the facts <paramref name="match"/> selects; their triples may be added again.</summary>
    /// <returns>How many were removed.</returns>
    public int RemoveAll(Func<ExtractedFact, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var removed = _facts.Where(match).ToList();
        foreach (ExtractedFact fact in removed)
        {
            _facts.Remove(fact);
            _keys.Remove(Key(fact));
        }

        return removed.Count;
    }

    /// <summary>Replaces every fact by <paramref name="update"/>'s result (used to fill in dates and places).</summary>
    public void Update(Func<ExtractedFact, ExtractedFact> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        for (int i = 0; i < _facts.Count; i++)
        {
            _facts[i] = update(_facts[i]);
        }
    }

    private static (string, Predicate, string, FactStatus) Key(ExtractedFact fact) =>
        PredicateInfo.Of(fact.Predicate).IsSymmetric && string.CompareOrdinal(fact.Subject, fact.Object) > 0
            ? (fact.Object, fact.Predicate, fact.Subject, fact.Status)
            : (fact.Subject, fact.Predicate, fact.Object, fact.Status);
}
