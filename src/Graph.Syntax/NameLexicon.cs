using Graph.Syntax.Features;

namespace Graph.Syntax;

/// <summary>
/// Words a dictionary knows as parts of names, each with its <see cref="NameWordClass"/>es, matched in any case. A name
/// model keeps the lexicon it was trained with, so the recognizer sees the same features in use as in training.
/// Immutable and thread-safe.
/// </summary>
public sealed class NameLexicon
{
    private readonly Dictionary<ulong, NameWordClass> _classes;

    private NameLexicon(Dictionary<ulong, NameWordClass> classes) => _classes = classes;

    /// <summary>A lexicon that knows no word.</summary>
    public static NameLexicon Empty { get; } = new([]);

    /// <summary>Number of words known.</summary>
    public int Count => _classes.Count;

    /// <summary>A lexicon of <paramref name="words"/>; a word listed with several classes has them all.</summary>
    public static NameLexicon From(IEnumerable<(string Word, NameWordClass Class)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var classes = new Dictionary<ulong, NameWordClass>();
        foreach (var (word, type) in words)
        {
            if (word.Length > 0 && type != NameWordClass.None)
            {
                ulong key = FeatureHash.OfLower(word);
                classes[key] = classes.GetValueOrDefault(key) | type;
            }
        }

        return new NameLexicon(classes);
    }

    /// <summary>The classes of <paramref name="word"/> (any case).</summary>
    public NameWordClass ClassOf(string word) => ClassOfLower(FeatureHash.OfLower(word));

    /// <summary>The classes of the word whose lower-case hash (<see cref="FeatureHash.OfLower"/>) is given.</summary>
    internal NameWordClass ClassOfLower(ulong lowerHash) => _classes.GetValueOrDefault(lowerHash);

    /// <summary>Writes the lexicon, keys in order so the same lexicon always gives the same bytes.</summary>
    internal void Write(BinaryWriter w)
    {
        w.Write(_classes.Count);
        foreach (var (key, type) in _classes.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write((byte)type);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    internal static NameLexicon Read(BinaryReader r)
    {
        int count = r.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("the name lexicon's size is negative");
        }

        var classes = new Dictionary<ulong, NameWordClass>(count);
        for (int i = 0; i < count; i++)
        {
            classes[r.ReadUInt64()] = (NameWordClass)r.ReadByte();
        }

        return new NameLexicon(classes);
    }
}
