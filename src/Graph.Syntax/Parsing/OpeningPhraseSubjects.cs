namespace Graph.Syntax.Parsing;

/// <summary>
/// "On June 15 in Tokyo, Adviser Jane Roe met with ...", "As part of their visit, Adviser Roe and Secretary Doe met ...":
/// after an opening phrase and its comma, the names right before the main verb are its subject, though the parser may
/// hang them on the phrase as an apposition or a conjunct. A main verb with no subject of its own takes them as one.
/// </summary>
internal static class OpeningPhraseSubjects
{
    /// <summary>Makes such names the subject of the root verb: the first name its subject, the others conjuncts of it.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> upos, Func<int, string> xpos, int[] heads, string[] relations)
    {
        int root = Array.IndexOf(relations, "root", 0, words.Count);
        if (root < 2 || upos(root) != "VERB" || Enumerable.Range(0, words.Count).Any(k => heads[k] == root && relations[k].StartsWith("nsubj", StringComparison.Ordinal)))
        {
            return;
        }

        // The names: proper nouns (a name's adjective-tagged first word among them) and capitalized title words up to the
        // verb, joined by "and", after a comma.
        int start = root;
        while (start > 0 && (xpos(start - 1) is "NNP" or "NNPS" || (words[start - 1] == "and" && start < root)
                             || (upos(start - 1) == "NOUN" && char.IsUpper(words[start - 1][0]))))
        {
            start--;
        }

        if (start == root || start == 0 || words[start - 1] != "," || words[start] == "and" || words[root - 1] == "and"
            || heads[start] >= start || relations[start] is not ("appos" or "flat" or "conj"))
        {
            return;
        }

        int name = start;
        heads[start] = root;
        relations[start] = "nsubj";
        for (int k = start + 1; k < root; k++)
        {
            if (words[k] == "and" && k + 1 < root)
            {
                // "Roe and Doe": the next name is a conjunct of the first, the "and" its coordinator.
                heads[k + 1] = start;
                relations[k + 1] = "conj";
                heads[k] = k + 1;
                relations[k] = "cc";
                name = k + 1;
                k++;
            }
            else if (name != start || heads[k] < start || heads[k] >= root)
            {
                heads[k] = name;
                relations[k] = "flat";
            }
        }
    }
}
