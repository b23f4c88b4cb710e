namespace Graph.Syntax.Parsing;

/// <summary>
/// Runs of proper nouns that the parser reads as one word: a title-and-name chain of news ("Japanese Prime
/// Minister Fumio Kishida") is rare in the web text the parser learned from, and a greedy parser that misreads its
/// inner words loses the whole clause ("met ... Kishida in Tokyo" with Kishida the subject of nothing). Read as
/// its last word, the chain is an ordinary noun phrase; its inner words then hang on its first word, and capitalized adjectives just before it ("French") on that word as modifiers.
/// </summary>
internal static class NameRuns
{
    // A longer capitalized stretch is a title-case heading or a list, not one name.
    private const int MaxLength = 8;

    // Lower-case particles inside names ("Lula da Silva", "von der Leyen").
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "bin", "ibn", "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von",
    };

    /// <summary>
    /// For each word, the index of the last word of its run (itself when outside any run of two or more words),
    /// or null when the sentence has no run to merge.
    /// </summary>
    public static int[]? Find(IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, Func<int, bool> isProperNoun)
    {
        int n = words.Count;

        int[]? last = null;
        int start = 0;
        while (start < n)
        {
            int end = start;
            if (isProperNoun(start))
            {
                end = start + 1;
                while (end < n && (isProperNoun(end) || Joins(words, spans, isProperNoun, end)))
                {
                    end++;
                }

                // A run never ends on a joining word.
                while (end - 1 > start && !isProperNoun(end - 1))
                {
                    end--;
                }
            }

            if (end - start >= 2 && end - start <= MaxLength)
            {
                last ??= Identity(n);
                for (int k = start; k < end; k++)
                {
                    last[k] = end - 1;
                }
            }

            start = Math.Max(end, start + 1);
        }

        return last;
    }

    /// <summary>
    /// Marks the capitalized adjectives written just before a merged run ("and French President Emmanuel Macron"):
    /// left in, a nationality adjective before a name read as one word looks like a noun of its own to the parser,
    /// which then takes it for the conjunct. They are parsed with the run and hang on its first word as modifiers.
    /// </summary>
    public static bool[] LeadingModifiers(IReadOnlyList<string> words, int[] runs, Func<int, bool> isAdjective)
    {
        bool[] leading = new bool[words.Count];
        for (int start = 1; start < words.Count; start++)
        {
            if (runs[start] == start || runs[start - 1] == runs[start])
            {
                continue;
            }

            for (int k = start - 1; k >= 0 && runs[k] == k && isAdjective(k) && words[k].Length > 1 && char.IsUpper(words[k][0]); k--)
            {
                leading[k] = true;
            }
        }

        return leading;
    }

    /// <summary>
    /// An unspaced hyphen between two proper nouns ("Shin Won-sik") belongs to the name, and so do one or two
    /// particles between them ("Lula da Silva", "Ursula von der Leyen").
    /// </summary>
    private static bool Joins(IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, Func<int, bool> isProperNoun, int k)
    {
        if (k + 1 >= words.Count || k == 0)
        {
            return false;
        }

        if (words[k] is "-" or "\u2010" or "\u2011")
        {
            return isProperNoun(k - 1) && isProperNoun(k + 1) && spans[k - 1].End == spans[k].Start && spans[k].End == spans[k + 1].Start;
        }

        if (!Particles.Contains(words[k]))
        {
            return false;
        }

        bool before = isProperNoun(k - 1) || (k > 1 && Particles.Contains(words[k - 1]) && isProperNoun(k - 2));
        bool after = isProperNoun(k + 1) || (k + 2 < words.Count && Particles.Contains(words[k + 1]) && isProperNoun(k + 2));
        return before && after;
    }

    private static int[] Identity(int n)
    {
        int[] map = new int[n];
        for (int i = 0; i < n; i++)
        {
            map[i] = i;
        }

        return map;
    }
}
