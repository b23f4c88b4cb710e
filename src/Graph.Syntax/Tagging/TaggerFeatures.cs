using Graph.Syntax.Features;

namespace Graph.Syntax.Tagging;

/// <summary>
/// The tagger's feature templates: the word, its affixes, shape and spelling, its neighbours ±2 and the two previous
/// predicted tags; in the second pass also the first pass's tags of the word and the words around it.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on the number of features of one word.</summary>
    public const int Max = 56;

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="into"/> and returns their number.</summary>
    public static int Extract(WordHashes w, int i, int prev, int prev2, bool secondPass, Span<ulong> into)
    {
        int n = 0;
        ulong lower = w.Lower[i];
        ulong p1 = FeatureHash.OfInt(prev);
        ulong p2 = FeatureHash.OfInt(prev2);
        ulong lowerPrev = i > 0 ? w.Lower[i - 1] : Start;
        ulong lowerPrev2 = i > 1 ? w.Lower[i - 2] : Start;
        ulong lowerNext = i + 1 < w.Count ? w.Lower[i + 1] : End;
        ulong lowerNext2 = i + 2 < w.Count ? w.Lower[i + 2] : End;
        int a = i * WordHashes.Affixes;

        into[n++] = FeatureHash.Key(0, 0);
        into[n++] = FeatureHash.Key(1, lower);
        into[n++] = FeatureHash.Key(2, w.Form[i]);
        for (int k = 0; k < WordHashes.Affixes; k++)
        {
            into[n++] = FeatureHash.Key(3 + k, w.Suffix[a + k]);
            into[n++] = FeatureHash.Key(7 + k, w.Prefix[a + k]);
        }

        into[n++] = FeatureHash.Key(11, w.Shape[i]);
        into[n++] = FeatureHash.Key(12, (ulong)w.Flags[i]);
        into[n++] = FeatureHash.Key(13, p1);
        into[n++] = FeatureHash.Key(14, p2);
        into[n++] = FeatureHash.Key(15, p1, p2);
        into[n++] = FeatureHash.Key(16, p1, lower);
        into[n++] = FeatureHash.Key(17, lowerPrev);
        into[n++] = FeatureHash.Key(18, lowerPrev2);
        into[n++] = FeatureHash.Key(19, lowerNext);
        into[n++] = FeatureHash.Key(20, lowerNext2);
        into[n++] = FeatureHash.Key(21, i > 0 ? w.Suffix[a - WordHashes.Affixes + 2] : Start);
        into[n++] = FeatureHash.Key(22, i + 1 < w.Count ? w.Suffix[a + WordHashes.Affixes + 2] : End);
        into[n++] = FeatureHash.Key(23, lowerPrev, lower);
        into[n++] = FeatureHash.Key(24, lower, lowerNext);
        into[n++] = FeatureHash.Key(25, i + 1 < w.Count ? w.Shape[i + 1] : End);
        into[n++] = FeatureHash.Key(26, i > 0 ? w.Shape[i - 1] : Start);
        into[n++] = FeatureHash.Key(27, p1, w.Suffix[a + 2]);
        into[n++] = FeatureHash.Key(28, p1, lowerNext);
        into[n++] = FeatureHash.Key(29, lowerNext, lowerNext2);
        into[n++] = FeatureHash.Key(30, lowerPrev2, lowerPrev);
        into[n++] = FeatureHash.Key(31, (ulong)w.Flags[i], p1);
        ulong amb = w.Ambiguity[i];
        ulong ambNext = i + 1 < w.Count ? w.Ambiguity[i + 1] : End;
        ulong ambNext2 = i + 2 < w.Count ? w.Ambiguity[i + 2] : End;
        into[n++] = FeatureHash.Key(32, amb);
        into[n++] = FeatureHash.Key(33, ambNext);
        into[n++] = FeatureHash.Key(34, amb, ambNext);
        into[n++] = FeatureHash.Key(35, p1, amb);
        into[n++] = FeatureHash.Key(36, ambNext2);
        into[n++] = FeatureHash.Key(37, p1, amb, ambNext);
        into[n++] = FeatureHash.Key(38, amb, w.Suffix[a + 2]);
        if (secondPass)
        {
            ulong t0 = FeatureHash.OfInt(w.FirstPass[i]);
            ulong tNext = FeatureHash.OfInt(i + 1 < w.Count ? w.FirstPass[i + 1] : -2);
            ulong tNext2 = FeatureHash.OfInt(i + 2 < w.Count ? w.FirstPass[i + 2] : -2);
            into[n++] = FeatureHash.Key(39, t0);
            into[n++] = FeatureHash.Key(40, tNext);
            into[n++] = FeatureHash.Key(41, tNext, tNext2);
            into[n++] = FeatureHash.Key(42, p1, tNext);
            into[n++] = FeatureHash.Key(43, p1, t0, tNext);
            into[n++] = FeatureHash.Key(44, lower, tNext);
            into[n++] = FeatureHash.Key(45, amb, tNext);
            into[n++] = FeatureHash.Key(46, w.Suffix[a + 2], tNext);
        }

        return n;
    }
}
