using Graph.Syntax.Features;

namespace Graph.Syntax.Names;

/// <summary>
/// The recognizer's feature templates: the word, its affixes, shape and spelling, its predicted tags and relation,
/// the words, shapes and tags around it (±2), its place in the sentence, whether the sentence is in title case, and
/// the two previous predicted labels alone and with the word, and what the name lexicon knows of the word and its
/// neighbours.
/// </summary>
internal static class NameFeatures
{
    /// <summary>Upper bound on the number of features of one word.</summary>
    public const int Max = 52;

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="into"/> and returns their number.</summary>
    public static int Extract(NameWords s, int i, int prev, int prev2, Span<ulong> into)
    {
        WordHashes w = s.Words;
        int n = 0;
        int count = s.Count;
        ulong p1 = FeatureHash.OfInt(prev);
        ulong p2 = FeatureHash.OfInt(prev2);
        ulong lower = w.Lower[i];
        ulong shape = w.Shape[i];
        ulong xpos = s.Xpos[i];
        ulong lowerPrev = i > 0 ? w.Lower[i - 1] : Start;
        ulong lowerPrev2 = i > 1 ? w.Lower[i - 2] : Start;
        ulong lowerNext = i + 1 < count ? w.Lower[i + 1] : End;
        ulong lowerNext2 = i + 2 < count ? w.Lower[i + 2] : End;
        ulong shapePrev = i > 0 ? w.Shape[i - 1] : Start;
        ulong shapeNext = i + 1 < count ? w.Shape[i + 1] : End;
        ulong xposPrev = i > 0 ? s.Xpos[i - 1] : Start;
        ulong xposNext = i + 1 < count ? s.Xpos[i + 1] : End;
        ulong position = (ulong)Math.Min(i, 2);
        ulong title = s.TitleCase ? 1UL : 0UL;
        int a = i * WordHashes.Affixes;

        into[n++] = FeatureHash.Key(0, 0);
        into[n++] = FeatureHash.Key(1, lower);
        into[n++] = FeatureHash.Key(2, w.Form[i]);
        for (int k = 0; k < WordHashes.Affixes; k++)
        {
            into[n++] = FeatureHash.Key(3 + k, w.Suffix[a + k]);
            into[n++] = FeatureHash.Key(7 + k, w.Prefix[a + k]);
        }

        into[n++] = FeatureHash.Key(11, shape);
        into[n++] = FeatureHash.Key(12, (ulong)w.Flags[i]);
        into[n++] = FeatureHash.Key(13, p1);
        into[n++] = FeatureHash.Key(14, p1, p2);
        into[n++] = FeatureHash.Key(15, s.Upos[i]);
        into[n++] = FeatureHash.Key(16, xpos);
        into[n++] = FeatureHash.Key(17, xposPrev, xpos);
        into[n++] = FeatureHash.Key(18, xpos, xposNext);
        into[n++] = FeatureHash.Key(19, xposPrev);
        into[n++] = FeatureHash.Key(20, xposNext);
        into[n++] = FeatureHash.Key(21, lowerPrev);
        into[n++] = FeatureHash.Key(22, lowerNext);
        into[n++] = FeatureHash.Key(23, lowerPrev2);
        into[n++] = FeatureHash.Key(24, lowerNext2);
        into[n++] = FeatureHash.Key(25, lowerPrev, lower);
        into[n++] = FeatureHash.Key(26, lower, lowerNext);
        into[n++] = FeatureHash.Key(27, shapePrev);
        into[n++] = FeatureHash.Key(28, shapeNext);
        into[n++] = FeatureHash.Key(29, shapePrev, shape, shapeNext);
        into[n++] = FeatureHash.Key(30, p1, lower);
        into[n++] = FeatureHash.Key(31, p1, shape);
        into[n++] = FeatureHash.Key(32, p1, xpos);
        into[n++] = FeatureHash.Key(33, position, shape);
        into[n++] = FeatureHash.Key(34, position, lower);
        into[n++] = FeatureHash.Key(35, i > 0 ? w.Suffix[a - WordHashes.Affixes + 2] : Start);
        into[n++] = FeatureHash.Key(36, i + 1 < count ? w.Suffix[a + WordHashes.Affixes + 2] : End);
        into[n++] = FeatureHash.Key(37, s.Relation[i]);
        into[n++] = FeatureHash.Key(38, s.Relation[i], xpos);
        into[n++] = FeatureHash.Key(39, s.Head[i]);
        into[n++] = FeatureHash.Key(40, s.Relation[i], s.Head[i]);
        into[n++] = FeatureHash.Key(41, title, shape);
        into[n++] = FeatureHash.Key(42, title, xpos, p1);
        into[n++] = FeatureHash.Key(43, p1, lowerNext);
        into[n++] = FeatureHash.Key(44, p1, shapeNext, xposNext);

        // The lexicon's classes weigh with capitals and context: "Rose" is a given name only when written as one.
        ulong lexical = s.Lexical[i];
        ulong lexicalPrev = i > 0 ? s.Lexical[i - 1] : Start;
        ulong lexicalNext = i + 1 < count ? s.Lexical[i + 1] : End;
        into[n++] = FeatureHash.Key(45, lexical, shape);
        into[n++] = FeatureHash.Key(46, lexicalPrev, lexical);
        into[n++] = FeatureHash.Key(47, lexical, lexicalNext);
        into[n++] = FeatureHash.Key(48, p1, lexical);
        return n;
    }
}
