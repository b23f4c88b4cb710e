namespace Graph.Extraction.Resources.Derivation;

/// <summary>What an actor derivation read and left out, for its report.</summary>
public sealed class ActorDerivationCounts
{
    /// <summary>Records read, by dictionary file.</summary>
    public SortedDictionary<string, int> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Forms left out, by reason.</summary>
    public SortedDictionary<string, int> Rejected { get; } = new(StringComparer.Ordinal);

    /// <summary>First names of people, read from the country dictionary, that tell a person's name from a body's.</summary>
    public int GivenNames { get; set; }

    internal void Reject(string reason) => Rejected[reason] = Rejected.GetValueOrDefault(reason) + 1;
}
