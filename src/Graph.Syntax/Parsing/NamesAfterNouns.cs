namespace Graph.Syntax.Parsing;

/// <summary>
/// "the ASEAN countries Vietnam, Thailand and Indonesia", "fellow NATO members Norway and Denmark": a name right after
/// the common noun it describes stands in apposition to it. The parser sometimes makes the name the noun's object, a
/// relation Universal Dependencies gives only to verbs and predicates.
/// </summary>
internal static class NamesAfterNouns
{
    /// <summary>Relabels each such object <c>appos</c>.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> xpos, int[] heads, string[] relations)
    {
        for (int name = 1; name < words.Count; name++)
        {
            int noun = heads[name];
            if (relations[name] == "obj" && noun >= 0 && noun < name && xpos(noun) is "NN" or "NNS"
                && xpos(name) is "NNP" or "NNPS" && Between(noun, name, heads, relations))
            {
                relations[name] = "appos";
            }
        }
    }

    /// <summary>Whether nothing but the name's own determiner stands between the noun and the name.</summary>
    private static bool Between(int noun, int name, int[] heads, string[] relations)
    {
        for (int k = noun + 1; k < name; k++)
        {
            if (heads[k] != name || relations[k] != "det")
            {
                return false;
            }
        }

        return true;
    }
}
