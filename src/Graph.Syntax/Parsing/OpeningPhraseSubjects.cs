namespace Graph.Syntax.Parsing;

/// <summary>
/// "On June 15 in Tokyo, Adviser Jane Roe met with ...": after an opening phrase and its comma, the name right before the
/// main verb is its subject, though the parser may hang it on the phrase as an apposition. A main verb with no subject
/// of its own takes the name as one.
/// </summary>
internal static class OpeningPhraseSubjects
{
    /// <summary>Makes such a name the subject of the root verb.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> upos, Func<int, string> xpos, int[] heads, string[] relations)
    {
        int root = Array.IndexOf(relations, "root", 0, words.Count);
        if (root < 2 || upos(root) != "VERB" || Enumerable.Range(0, words.Count).Any(k => heads[k] == root && relations[k].StartsWith("nsubj", StringComparison.Ordinal)))
        {
            return;
        }

        // The name: proper nouns (a name's adjective-tagged first word among them) up to the verb, after a comma.
        int start = root;
        while (start > 0 && xpos(start - 1) is "NNP" or "NNPS")
        {
            start--;
        }

        if (start == root || start == 0 || words[start - 1] != "," || heads[start] >= start || relations[start] is not ("appos" or "flat" or "conj"))
        {
            return;
        }

        heads[start] = root;
        relations[start] = "nsubj";
        for (int k = start + 1; k < root; k++)
        {
            if (heads[k] < start || heads[k] >= root)
            {
                heads[k] = start;
                relations[k] = "flat";
            }
        }
    }
}
