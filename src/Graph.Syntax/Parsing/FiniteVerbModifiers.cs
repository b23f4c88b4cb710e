namespace Graph.Syntax.Parsing;

/// <summary>
/// "Hezbollah fired rockets at Israel": a past-tense verb (tagged as such or as a participle) with a subject of its own between a root noun and that subject
/// heads the clause, yet the parser sometimes hangs it on the noun as an adjective (<c>amod</c>), the noun as the root. A
/// finite verb takes no subject as a modifier: the verb becomes the root and the noun its object.
/// </summary>
internal static class FiniteVerbModifiers
{
    /// <summary>Turns each such verb into the root, with the noun it modified as its object.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> xpos, int[] heads, string[] relations)
    {
        for (int verb = 0; verb < words.Count; verb++)
        {
            int noun = heads[verb];
            if (relations[verb] != "amod" || xpos(verb) is not ("VBD" or "VBN") || noun <= verb || relations[noun] != "root" || xpos(noun) is not ("NN" or "NNS"))
            {
                continue;
            }

            int subject = Array.FindIndex(heads, h => h == verb);
            if (subject < 0 || subject > verb || relations[subject] != "nsubj")
            {
                continue;
            }

            heads[verb] = -1;
            relations[verb] = "root";
            heads[noun] = verb;
            relations[noun] = "obj";

            // What closes the sentence belongs to its root.
            for (int k = noun + 1; k < words.Count; k++)
            {
                if (heads[k] == noun && relations[k] == "punct")
                {
                    heads[k] = verb;
                }
            }
        }
    }
}
