namespace Graph.Syntax.Parsing;

/// <summary>
/// "made up of Australia, India, Japan and the United States": in a list of names the parser often reads the second name
/// as an apposition of the first ("Australia, that is India") and goes on with conjuncts from there. A list of three or
/// more names that ends in "and" or "or" is a coordination: every name after the first is a conjunct of the first.
/// "Moscow, Russia and Kyiv" (two items before "and", no serial comma) is left alone, since the second name there may
/// well be an apposition.
/// </summary>
internal static class NameLists
{
    /// <summary>Turns each such apposition into a conjunct of the list's first name and hangs its conjuncts there too.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> xpos, int[] heads, string[] relations)
    {
        for (int second = 2; second < words.Count; second++)
        {
            int first = heads[second];
            if (relations[second] != "appos" || first < 0 || first >= second || words[second - 1] != ","
                || !IsName(xpos(first)) || !IsName(xpos(second)) || !OnlyNameBetween(first, second - 1, heads))
            {
                continue;
            }

            var conjuncts = Enumerable.Range(second + 1, words.Count - second - 1)
                .Where(k => relations[k] == "conj" && (heads[k] == first || heads[k] == second))
                .ToList();
            int closing = conjuncts.FindLastIndex(k => HasCoordinator(k, words, heads, relations));
            if (closing < 0 || !IsName(NameWordTag(conjuncts[closing], xpos, heads, relations)))
            {
                continue;
            }

            // Three or more items: a name between the apposition and the closing one, or a serial comma before "and".
            bool longList = closing > 0 || SerialComma(conjuncts[closing], words, heads, relations);
            if (!longList)
            {
                continue;
            }

            heads[second] = first;
            relations[second] = "conj";
            foreach (int k in conjuncts)
            {
                heads[k] = first;
            }
        }
    }

    private static bool IsName(string xpos) => xpos is "NNP" or "NNPS";

    /// <summary>"the United States": a name whose tree head may be tagged otherwise takes the tag of a proper-noun word it holds.</summary>
    private static string NameWordTag(int word, Func<int, string> xpos, int[] heads, string[] relations)
    {
        if (IsName(xpos(word)))
        {
            return xpos(word);
        }

        for (int k = word + 1; k < heads.Length && heads[k] == word && relations[k] is "flat" or "compound"; k++)
        {
            if (IsName(xpos(k)))
            {
                return xpos(k);
            }
        }

        return xpos(word);
    }

    /// <summary>Whether every word from <paramref name="first"/> up to <paramref name="end"/> (exclusive) belongs to the first name.</summary>
    private static bool OnlyNameBetween(int first, int end, int[] heads)
    {
        for (int k = first + 1; k < end; k++)
        {
            if (heads[k] != first)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCoordinator(int conjunct, IReadOnlyList<string> words, int[] heads, string[] relations)
        => Enumerable.Range(0, conjunct).Any(k => heads[k] == conjunct && relations[k] == "cc" && words[k] is "and" or "or");

    private static bool SerialComma(int conjunct, IReadOnlyList<string> words, int[] heads, string[] relations)
    {
        int cc = Enumerable.Range(0, conjunct).Last(k => heads[k] == conjunct && relations[k] == "cc");
        return cc > 0 && words[cc - 1] == ",";
    }
}
