using Graph.Syntax.Features;

namespace Graph.Syntax.Tagging;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger over joint (UPOS, XPOS) tags, in two passes: the second pass
/// sees the first pass's tags of the words ahead. Frequent words that training saw with a single tag take it
/// straight from the tag dictionary.
/// </summary>
internal sealed class Tagger
{
    /// <summary>The tag id given to positions before the sentence start.</summary>
    public const int None = -1;

    private readonly Dictionary<string, int> _dictionary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a tagger from trained weights, its tag dictionary and the words' ambiguity classes.</summary>
    public Tagger(TagSet tags, WeightTable weights, WeightTable? secondPass, Dictionary<string, int> dictionary, AmbiguityClasses classes)
    {
        Tags = tags;
        Weights = weights;
        SecondPass = secondPass;
        Classes = classes;
        _dictionary = dictionary;
        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tags each known word can take.</summary>
    public AmbiguityClasses Classes { get; }

    /// <summary>The tag set.</summary>
    public TagSet Tags { get; }

    /// <summary>The trained weights of the first pass.</summary>
    public WeightTable Weights { get; }

    /// <summary>The trained weights of the second pass, or null for a one-pass tagger.</summary>
    public WeightTable? SecondPass { get; }

    /// <summary>Words always given one tag.</summary>
    public IReadOnlyDictionary<string, int> Dictionary => _dictionary;

    /// <summary>Tags the loaded words, writing <see cref="WordHashes.Tags"/>.</summary>
    public void Tag(IReadOnlyList<string> words, WordHashes hashes)
    {
        Classes.Fill(hashes);
        Pass(words, hashes, Weights, false);
        if (SecondPass is not null)
        {
            Array.Copy(hashes.Tags, hashes.FirstPass, hashes.Count);
            Pass(words, hashes, SecondPass, true);
        }
    }

    private void Pass(IReadOnlyList<string> words, WordHashes hashes, WeightTable weights, bool second)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = Tags.Count <= 256 ? stackalloc float[Tags.Count] : new float[Tags.Count];
        int prev = None;
        int prev2 = None;
        for (int i = 0; i < hashes.Count; i++)
        {
            int tag;
            if (!_lookup.TryGetValue(words[i], out tag))
            {
                int n = TaggerFeatures.Extract(hashes, i, prev, prev2, second, features);
                scores.Clear();
                weights.Score(features[..n], scores);

                tag = ArgMax(scores);
            }

            hashes.Tags[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    /// <summary>The index of the highest score (the first on ties, for determinism).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float max = scores[0];
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > max)
            {
                max = scores[i];
                best = i;
            }
        }

        return best;
    }
}
