namespace Graph.Syntax.Parsing;

/// <summary>
/// "Secretary Roe yesterday met with X", "The President today signed the bill": a day word between the subject and its
/// verb is rare in the treebank, so the parser may make it the subject and hang the real subject on it. The words before
/// it are the subject; the day word modifies the verb as a bare time phrase.
/// </summary>
internal static class TimeWordSubjects
{
    private static readonly HashSet<string> DayWords = new(StringComparer.OrdinalIgnoreCase) { "today", "yesterday", "tonight", "tomorrow" };

    /// <summary>Gives each such verb its real subject and the day word the time relation.</summary>
    public static void Repair(IReadOnlyList<string> words, Func<int, string> upos, int[] heads, string[] relations)
    {
        for (int day = 1; day < words.Count; day++)
        {
            int verb = heads[day];
            if (!DayWords.Contains(words[day]) || relations[day] != "nsubj" || verb <= day || upos(verb) is not ("VERB" or "AUX"))
            {
                continue;
            }

            // The subject phrase's head: the day word's nearest dependent before it that is a noun phrase of its own.
            int subject = -1;
            for (int k = day - 1; k >= 0; k--)
            {
                if (heads[k] == day && upos(k) is "PROPN" or "NOUN" or "PRON")
                {
                    subject = k;
                    break;
                }
            }

            relations[day] = "obl:unmarked";
            if (subject < 0 || Enumerable.Range(0, words.Count).Any(k => k != day && heads[k] == verb && relations[k].StartsWith("nsubj", StringComparison.Ordinal)))
            {
                continue;
            }

            heads[subject] = verb;
            relations[subject] = "nsubj";
            for (int k = 0; k < day; k++)
            {
                if (heads[k] == day)
                {
                    heads[k] = subject;
                }
            }
        }
    }
}
