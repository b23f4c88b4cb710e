namespace Graph.Syntax.Parsing;

/// <summary>
/// "The Philippines on Saturday condemned China": a nominal that takes a preposition is no core argument of its head, yet
/// the parser sometimes labels one a subject or an object, and then a clause has two subjects. Universal Dependencies
/// gives such a nominal <c>obl</c> under a verb or adjective and <c>nmod</c> under a noun.
/// </summary>
internal static class MarkedArguments
{
    private static readonly HashSet<string> Core = new(StringComparer.Ordinal) { "nsubj", "obj", "iobj" };

    /// <summary>
    /// Relabels each core argument with a prepositional case marker among its dependents when its head, or the argument
    /// itself, has another argument of its kind; one the argument holds goes to the head.
    /// </summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> upos, int[] heads, string[] relations)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (relations[k] != "case" || heads[k] < 0 || upos(k) != "ADP" || words[k] is "'s" or "’s" or "'" or "’")
            {
                continue;
            }

            int argument = heads[k];
            string core = relations[argument].Split(':')[0];
            // The marker comes before its nominal in English; one after it belongs to something else ("who they spoke to").
            // Only a second argument of the same kind is read so: a lone marked subject may be right ("all of them came").
            if (k < argument && Core.Contains(core) && heads[argument] >= 0 && HasAnother(argument, core, heads, relations))
            {
                // The argument it took for its own ("The Philippines" under "Saturday") is the head's.
                for (int child = 0; child < heads.Length; child++)
                {
                    if (heads[child] == argument && relations[child].Split(':')[0] == core)
                    {
                        heads[child] = heads[argument];
                    }
                }

                relations[argument] = upos(heads[argument]) is "NOUN" or "PROPN" or "PRON" ? "nmod" : "obl";
            }
        }
    }

    private static bool HasAnother(int argument, string core, int[] heads, string[] relations)
    {
        for (int k = 0; k < heads.Length; k++)
        {
            if (k != argument && (heads[k] == heads[argument] || heads[k] == argument) && relations[k].Split(':')[0] == core)
            {
                return true;
            }
        }

        return false;
    }
}
