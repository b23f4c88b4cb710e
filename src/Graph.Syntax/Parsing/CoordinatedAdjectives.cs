namespace Graph.Syntax.Parsing;

/// <summary>
/// Adjectives coordinated before one noun, "the immediate, significant, and continuing support for X": the parser may
/// make the first adjective the head of the phrase and the noun its last conjunct. The noun heads the phrase: it takes
/// the adjective's place in the clause and the words before it (determiner, possessor), and the adjectives modify it.
/// </summary>
internal static class CoordinatedAdjectives
{
    /// <summary>Puts each such noun at the head of its phrase.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> upos, int[] heads, string[] relations)
    {
        for (int adjective = 0; adjective < words.Count; adjective++)
        {
            // A predicate adjective ("the plan is bold, fair and a model") heads its clause rightly.
            bool predicate = Enumerable.Range(0, words.Count).Any(k => heads[k] == adjective && relations[k] is "cop" or "nsubj" or "nsubj:pass");
            if (upos(adjective) != "ADJ" || predicate || relations[adjective] is "amod" or "conj" or "advmod" or "xcomp" or "ccomp")
            {
                continue;
            }

            int noun = LastNounConjunct(adjective, upos, heads, relations);
            if (noun < 0)
            {
                continue;
            }

            heads[noun] = heads[adjective];
            relations[noun] = relations[adjective];
            heads[adjective] = noun;
            relations[adjective] = "amod";
            bool root = relations[noun] == "root";
            for (int k = 0; k < words.Count; k++)
            {
                // What stood before the first adjective (determiner, possessor) belongs to the noun now; at the root, so
                // does what the clause has after the noun.
                bool between = k > adjective && k < noun;
                if (heads[k] == adjective && (k < adjective ? relations[k] is not ("punct" or "cc") : root && !between && k != noun))
                {
                    heads[k] = noun;
                }
            }
        }
    }

    /// <summary>The noun conjunct that closes a run of adjectives, commas and "and" after the adjective, or -1.</summary>
    private static int LastNounConjunct(int adjective, Func<int, string> upos, int[] heads, string[] relations)
    {
        for (int k = adjective + 1; k < heads.Length; k++)
        {
            if (heads[k] == adjective && relations[k] == "conj" && upos(k) == "NOUN")
            {
                return k;
            }

            bool modifier = upos(k) is "ADJ" or "PUNCT" or "CCONJ" or "ADV" || (upos(k) == "VERB" && relations[k] is "amod" or "conj");
            if (!modifier)
            {
                return -1;
            }
        }

        return -1;
    }
}
