using Graph.Syntax.Features;

namespace Graph.Syntax.Parsing;

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011): words and tags of the stack top, the word under it
/// and the next three buffer words; their heads, leftmost and rightmost dependents and labels; distance, valency and
/// dependent label sets; with the combinations that matter for arc decisions.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Upper bound on the number of features of one configuration.</summary>
    public const int Max = 100;

    private static readonly ulong NoWord = FeatureHash.Of("<none>");
    private static readonly ulong NoTag = FeatureHash.OfInt(-1);

    /// <summary>Writes the features of the configuration into <paramref name="f"/> and returns their number.</summary>
    public static int Extract(ParseState state, WordHashes words, Span<ulong> f)
    {
        int s0 = state.S0;
        int s1 = state.S1;
        int b0 = state.B0;
        int b1 = b0 >= 0 && b0 + 1 < state.Count ? b0 + 1 : -1;
        int b2 = b1 >= 0 && b1 + 1 < state.Count ? b1 + 1 : -1;
        int s0h = s0 >= 0 ? state.Head[s0] : -1;
        int s0h2 = s0h >= 0 ? state.Head[s0h] : -1;
        int s0l = s0 >= 0 ? state.Leftmost[s0] : -1;
        int s0r = s0 >= 0 ? state.Rightmost[s0] : -1;
        int s0l2 = s0 >= 0 ? state.Leftmost2[s0] : -1;
        int s0r2 = s0 >= 0 ? state.Rightmost2[s0] : -1;
        int b0l = b0 >= 0 ? state.Leftmost[b0] : -1;
        int b0l2 = b0 >= 0 ? state.Leftmost2[b0] : -1;

        ulong s0w = W(words, s0), s0p = P(words, s0), s0wp = FeatureHash.Finish(s0w ^ (s0p * 31));
        ulong b0w = W(words, b0), b0p = P(words, b0), b0wp = FeatureHash.Finish(b0w ^ (b0p * 31));
        ulong b1w = W(words, b1), b1p = P(words, b1);
        ulong b2w = W(words, b2), b2p = P(words, b2);
        ulong s1w = W(words, s1), s1p = P(words, s1);
        ulong s0hw = W(words, s0h), s0hp = P(words, s0h), s0h2w = W(words, s0h2), s0h2p = P(words, s0h2);
        ulong s0lw = W(words, s0l), s0lp = P(words, s0l), s0rw = W(words, s0r), s0rp = P(words, s0r);
        ulong s0l2w = W(words, s0l2), s0l2p = P(words, s0l2), s0r2w = W(words, s0r2), s0r2p = P(words, s0r2);
        ulong b0lw = W(words, b0l), b0lp = P(words, b0l), b0l2w = W(words, b0l2), b0l2p = P(words, b0l2);
        ulong s0label = L(state, s0), s0hl = L(state, s0h);
        ulong s0ll = L(state, s0l), s0rl = L(state, s0r), s0l2l = L(state, s0l2), s0r2l = L(state, s0r2);
        ulong b0ll = L(state, b0l), b0l2l = L(state, b0l2);
        ulong dist = FeatureHash.OfInt(s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : -1);
        ulong s0vl = FeatureHash.OfInt(s0 >= 0 ? state.LeftCount[s0] : -1);
        ulong s0vr = FeatureHash.OfInt(s0 >= 0 ? state.RightCount[s0] : -1);
        ulong b0vl = FeatureHash.OfInt(b0 >= 0 ? state.LeftCount[b0] : -1);
        ulong s0sl = s0 >= 0 ? FeatureHash.Finish(state.LeftLabels[s0] + 1) : NoTag;
        ulong s0sr = s0 >= 0 ? FeatureHash.Finish(state.RightLabels[s0] + 1) : NoTag;
        ulong b0sl = b0 >= 0 ? FeatureHash.Finish(state.LeftLabels[b0] + 1) : NoTag;

        int n = 0;
        f[n++] = FeatureHash.Key(0, 0);

        // Single words.
        f[n++] = FeatureHash.Key(1, s0wp);
        f[n++] = FeatureHash.Key(2, s0w);
        f[n++] = FeatureHash.Key(3, s0p);
        f[n++] = FeatureHash.Key(4, b0wp);
        f[n++] = FeatureHash.Key(5, b0w);
        f[n++] = FeatureHash.Key(6, b0p);
        f[n++] = FeatureHash.Key(7, b1w, b1p);
        f[n++] = FeatureHash.Key(8, b1w);
        f[n++] = FeatureHash.Key(9, b1p);
        f[n++] = FeatureHash.Key(10, b2w, b2p);
        f[n++] = FeatureHash.Key(11, b2w);
        f[n++] = FeatureHash.Key(12, b2p);

        // Word pairs.
        f[n++] = FeatureHash.Key(13, s0wp, b0wp);
        f[n++] = FeatureHash.Key(14, s0wp, b0w);
        f[n++] = FeatureHash.Key(15, s0w, b0wp);
        f[n++] = FeatureHash.Key(16, s0wp, b0p);
        f[n++] = FeatureHash.Key(17, s0p, b0wp);
        f[n++] = FeatureHash.Key(18, s0w, b0w);
        f[n++] = FeatureHash.Key(19, s0p, b0p);
        f[n++] = FeatureHash.Key(20, b0p, b1p);

        // Three words.
        f[n++] = FeatureHash.Key(21, b0p, b1p, b2p);
        f[n++] = FeatureHash.Key(22, s0p, b0p, b1p);
        f[n++] = FeatureHash.Key(23, s0hp, s0p, b0p);
        f[n++] = FeatureHash.Key(24, s0p, s0lp, b0p);
        f[n++] = FeatureHash.Key(25, s0p, s0rp, b0p);
        f[n++] = FeatureHash.Key(26, s0p, b0p, b0lp);

        // Distance.
        f[n++] = FeatureHash.Key(27, s0w, dist);
        f[n++] = FeatureHash.Key(28, s0p, dist);
        f[n++] = FeatureHash.Key(29, b0w, dist);
        f[n++] = FeatureHash.Key(30, b0p, dist);
        f[n++] = FeatureHash.Key(31, s0w, b0w, dist);
        f[n++] = FeatureHash.Key(32, s0p, b0p, dist);

        // Valency.
        f[n++] = FeatureHash.Key(33, s0w, s0vr);
        f[n++] = FeatureHash.Key(34, s0p, s0vr);
        f[n++] = FeatureHash.Key(35, s0w, s0vl);
        f[n++] = FeatureHash.Key(36, s0p, s0vl);
        f[n++] = FeatureHash.Key(37, b0w, b0vl);
        f[n++] = FeatureHash.Key(38, b0p, b0vl);

        // Heads and outermost dependents.
        f[n++] = FeatureHash.Key(39, s0hw);
        f[n++] = FeatureHash.Key(40, s0hp);
        f[n++] = FeatureHash.Key(41, s0label);
        f[n++] = FeatureHash.Key(42, s0lw);
        f[n++] = FeatureHash.Key(43, s0lp);
        f[n++] = FeatureHash.Key(44, s0ll);
        f[n++] = FeatureHash.Key(45, s0rw);
        f[n++] = FeatureHash.Key(46, s0rp);
        f[n++] = FeatureHash.Key(47, s0rl);
        f[n++] = FeatureHash.Key(48, b0lw);
        f[n++] = FeatureHash.Key(49, b0lp);
        f[n++] = FeatureHash.Key(50, b0ll);

        // Second order: grandparents and second outermost dependents.
        f[n++] = FeatureHash.Key(51, s0h2w);
        f[n++] = FeatureHash.Key(52, s0h2p);
        f[n++] = FeatureHash.Key(53, s0hl);
        f[n++] = FeatureHash.Key(54, s0l2w);
        f[n++] = FeatureHash.Key(55, s0l2p);
        f[n++] = FeatureHash.Key(56, s0l2l);
        f[n++] = FeatureHash.Key(57, s0r2w);
        f[n++] = FeatureHash.Key(58, s0r2p);
        f[n++] = FeatureHash.Key(59, s0r2l);
        f[n++] = FeatureHash.Key(60, b0l2w);
        f[n++] = FeatureHash.Key(61, b0l2p);
        f[n++] = FeatureHash.Key(62, b0l2l);
        f[n++] = FeatureHash.Key(63, s0p, s0lp, s0l2p);
        f[n++] = FeatureHash.Key(64, s0p, s0rp, s0r2p);
        f[n++] = FeatureHash.Key(65, s0p, s0hp, s0h2p);
        f[n++] = FeatureHash.Key(66, b0p, b0lp, b0l2p);

        // Label sets.
        f[n++] = FeatureHash.Key(67, s0w, s0sr);
        f[n++] = FeatureHash.Key(68, s0p, s0sr);
        f[n++] = FeatureHash.Key(69, s0w, s0sl);
        f[n++] = FeatureHash.Key(70, s0p, s0sl);
        f[n++] = FeatureHash.Key(71, b0w, b0sl);
        f[n++] = FeatureHash.Key(72, b0p, b0sl);

        // The word under the stack top.
        f[n++] = FeatureHash.Key(73, s1w, s1p);
        f[n++] = FeatureHash.Key(74, s1p);
        f[n++] = FeatureHash.Key(75, s1p, s0p, b0p);
        f[n++] = FeatureHash.Key(76, s1p, s0p);
        f[n++] = FeatureHash.Key(77, s0label, s0p, b0p);
        f[n++] = FeatureHash.Key(78, s0p, b0p, b0sl);
        f[n++] = FeatureHash.Key(79, s0p, s0sr, b0p);

        // Universal tags: coarser, so their combinations are seen more often.
        ulong s0u = U(state, s0), b0u = U(state, b0), b1u = U(state, b1), s1u = U(state, s1);
        f[n++] = FeatureHash.Key(80, s0u, b0u);
        f[n++] = FeatureHash.Key(81, s0u, b0u, b1u);
        f[n++] = FeatureHash.Key(82, s1u, s0u, b0u);
        f[n++] = FeatureHash.Key(83, s0u, b0u, dist);
        f[n++] = FeatureHash.Key(84, U(state, s0h), s0u, b0u);
        f[n++] = FeatureHash.Key(85, s0u, U(state, s0r), b0u);
        f[n++] = FeatureHash.Key(86, s0u, U(state, b0l), b0u);

        // Sentence neighbours of the stack top and the next word, and what lies between them.
        ulong s0next = s0 >= 0 && s0 + 1 < state.Count ? U(state, s0 + 1) : NoTag;
        ulong b0prev = b0 > 0 ? U(state, b0 - 1) : NoTag;
        ulong s0prev = s0 > 0 ? U(state, s0 - 1) : NoTag;
        f[n++] = FeatureHash.Key(87, s0p, s0next, b0p);
        f[n++] = FeatureHash.Key(88, s0p, b0prev, b0p);
        f[n++] = FeatureHash.Key(89, s0prev, s0p, b0p);
        ulong punct = FeatureHash.OfInt(s0 >= 0 && b0 >= 0 ? Math.Min(3, state.PunctuationBefore[b0] - state.PunctuationBefore[s0 + 1]) : -1);
        ulong verbs = FeatureHash.OfInt(s0 >= 0 && b0 >= 0 ? Math.Min(2, state.VerbsBefore[b0] - state.VerbsBefore[s0 + 1]) : -1);
        f[n++] = FeatureHash.Key(90, s0p, b0p, punct);
        f[n++] = FeatureHash.Key(91, s0p, b0p, verbs);
        f[n++] = FeatureHash.Key(92, punct, verbs, dist);
        f[n++] = FeatureHash.Key(93, s0w, b0p, punct);
        return n;
    }

    private static ulong W(WordHashes words, int i) => i >= 0 ? words.Lower[i] : NoWord;

    private static ulong P(WordHashes words, int i) => i >= 0 ? FeatureHash.OfInt(words.Tags[i]) : NoTag;

    private static ulong U(ParseState state, int i) => FeatureHash.OfInt(i >= 0 ? 1000 + state.Coarse[i] : -1);

    private static ulong L(ParseState state, int i) => FeatureHash.OfInt(i >= 0 ? state.Label[i] : -2);

    private static int Bucket(int distance) => distance switch
    {
        <= 4 => distance,
        <= 7 => 5,
        <= 12 => 6,
        _ => 7,
    };
}
