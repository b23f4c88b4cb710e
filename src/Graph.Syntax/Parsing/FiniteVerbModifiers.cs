namespace Graph.Syntax.Parsing;

/// <summary>
/// A past-tense verb the parser hung on a noun as its modifier while the noun took the root: "Hezbollah fired rockets at
/// Israel" (the verb, with a subject of its own, read as an adjective of "rockets") and "Latvia and the Nordic states
/// called on ..." (the verb read as a clause modifying "states"). A finite verb modifies no noun: it becomes the root,
/// the noun after it its object, the noun phrase before it its subject.
/// </summary>
internal static class FiniteVerbModifiers
{
    /// <summary>Makes each such verb the root.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> xpos, int[] heads, string[] relations)
    {
        int root = Array.IndexOf(relations, "root", 0, words.Count);
        if (root < 0 || xpos(root) is not ("NN" or "NNS" or "NNP" or "NNPS"))
        {
            return;
        }

        for (int verb = 0; verb < words.Count; verb++)
        {
            int noun = heads[verb];
            if (noun < 0)
            {
                continue;
            }

            if (relations[verb] == "amod" && xpos(verb) is "VBD" or "VBN" && noun == root && noun > verb && HasSubject(verb, heads, relations))
            {
                // "Hezbollah fired rockets": the noun is the verb's object.
                Promote(verb, root, "obj", words, heads, relations);
                return;
            }

            if (relations[verb] == "acl" && xpos(verb) == "VBD" && noun < verb && heads[noun] == root && relations[noun] == "conj")
            {
                // "Latvia and the Nordic states called on ...": the coordination is the verb's subject.
                Promote(verb, root, "nsubj", words, heads, relations);
                return;
            }

            if (relations[verb] == "acl" && xpos(verb) is "VBD" or "VBN" && noun == root && noun < verb
                && HasObjectWithoutAgent(verb, words, heads, relations))
            {
                // "Russian troops attacked Kharkiv.": a participle with an object of its own and no "by" is no passive
                // modifier of the noun before it, but the sentence's verb.
                Promote(verb, root, "nsubj", words, heads, relations);
                return;
            }
        }
    }

    private static bool HasObjectWithoutAgent(int verb, IReadOnlyList<string> words, int[] heads, string[] relations) =>
        Enumerable.Range(verb + 1, words.Count - verb - 1).Any(k => heads[k] == verb && relations[k] == "obj")
        && !Enumerable.Range(0, words.Count).Any(k => heads[k] == verb && relations[k] == "obl" && Enumerable.Range(0, words.Count).Any(c => heads[c] == k && words[c].Equals("by", StringComparison.OrdinalIgnoreCase)));

    private static bool HasSubject(int verb, int[] heads, string[] relations)
    {
        int subject = Array.FindIndex(heads, h => h == verb);
        return subject >= 0 && subject < verb && relations[subject] == "nsubj";
    }

    private static void Promote(int verb, int root, string rootRelation, IReadOnlyList<string> words, int[] heads, string[] relations)
    {
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = verb;
        relations[root] = rootRelation;

        // What closes the sentence belongs to its root.
        for (int k = Math.Max(root, verb) + 1; k < words.Count; k++)
        {
            if (heads[k] == root && relations[k] == "punct")
            {
                heads[k] = verb;
            }
        }
    }
}
