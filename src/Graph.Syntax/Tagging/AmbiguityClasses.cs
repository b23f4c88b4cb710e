using Graph.Syntax.Features;

namespace Graph.Syntax.Tagging;

/// <summary>
/// For each word seen often enough in training (by its lower-case hash), a hash of the set of tags it took: a word's
/// ambiguity class ("NN or VB"), which tells the tagger what the next words can be before it reaches them.
/// </summary>
internal sealed class AmbiguityClasses
{
    /// <summary>The class of words not in the table.</summary>
    public static readonly ulong Unknown = FeatureHash.Of("<unknown>");

    private readonly Dictionary<ulong, ulong> _classes;

    /// <summary>Creates the table from word hash to class hash.</summary>
    public AmbiguityClasses(Dictionary<ulong, ulong> classes) => _classes = classes;

    /// <summary>The table.</summary>
    public IReadOnlyDictionary<ulong, ulong> Table => _classes;

    /// <summary>Sets <see cref="WordHashes.Ambiguity"/> of the loaded words.</summary>
    public void Fill(WordHashes words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            words.Ambiguity[i] = _classes.TryGetValue(words.Lower[i], out ulong c) ? c : Unknown;
        }
    }
}
