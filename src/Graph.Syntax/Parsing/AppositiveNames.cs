namespace Graph.Syntax.Parsing;

/// <summary>
/// "met Ethiopia's prime minister, Abiy Ahmed.": a name set off by a comma right after a common noun, closing its
/// clause, stands in apposition to that noun. The parser, trained on web text where such names are rare, often hangs
/// it on the verb as an oblique without a preposition (<c>obl:unmarked</c>), a reading Universal Dependencies gives a name almost never.
/// </summary>
internal static class AppositiveNames
{
    private static readonly HashSet<string> Misread = new(StringComparer.Ordinal) { "obl", "dep", "parataxis" };

    /// <summary>
    /// Re-attaches each such name to the noun as <c>appos</c>; <paramref name="runs"/> maps each word to the last word
    /// of its name run (itself when it is no name), and a run hangs in the tree by its first word.
    /// </summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> xpos, int[] runs, int[] heads, string[] relations)
    {
        for (int j = 2; j < words.Count; j++)
        {
            if (runs[j - 1] == runs[j])
            {
                continue;
            }

            int last = runs[j];
            bool closes = last + 1 == words.Count || words[last + 1] is "." or "," or ";" or ")" or ":";
            if (closes && words[j - 1] == "," && xpos(j - 2) is "NN" or "NNS" && xpos(last) is "NNP" or "NNPS"
                && Misread.Contains(relations[j].Split(':')[0]) && !HasCase(j, heads, relations) && !Dominates(j, j - 2, heads))
            {
                heads[j] = j - 2;
                relations[j] = "appos";
            }
        }
    }

    private static bool HasCase(int word, int[] heads, string[] relations)
    {
        for (int k = 0; k < heads.Length; k++)
        {
            if (heads[k] == word && relations[k] == "case")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="word"/> or above it in the tree.</summary>
    private static bool Dominates(int ancestor, int word, int[] heads)
    {
        for (int k = word, steps = 0; k >= 0 && steps <= heads.Length; k = heads[k], steps++)
        {
            if (k == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
