using Graph.Syntax;

namespace Graph.Extraction.Parsing;

/// <summary>
/// "Deputy Secretary of State Ada Okafor, and Kenyan Ambassador to the United States Tomas Berg traveled to Houston":
/// titled names listed one after another are longer phrases than the parser's training text has, and it breaks them into
/// pieces hung on one another. Where the mentions show such a list (two or more people with nothing but commas and "and"
/// between them) it becomes one coordination: each name's words on its last word, the later names conjuncts of the first,
/// and the first in the place the list held in the sentence, as a subject, object or oblique.
/// </summary>
internal static class PersonLists
{
    private static readonly string[] Places = ["nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj"];

    /// <summary>The parse with every such list made one coordination, or the parse itself when there is none.</summary>
    /// <param name="parse">The sentence's parse.</param>
    /// <param name="people">The character spans of the sentence's person mentions, in order, not overlapping.</param>
    public static ParsedSentence Repair(ParsedSentence parse, IReadOnlyList<(int Start, int End)> people)
    {
        IReadOnlyList<SyntaxToken> tokens = parse.Tokens;
        var spans = people.Select(p => Words(tokens, p)).Where(w => w.First >= 0).ToList();
        var heads = tokens.Select(t => t.Head).ToArray();
        var relations = tokens.Select(t => t.Relation).ToArray();
        bool changed = false;
        for (int i = 0; i < spans.Count; i++)
        {
            int j = i;
            while (j + 1 < spans.Count && OnlyJoinersBetween(tokens, spans[j].Last, spans[j + 1].First))
            {
                j++;
            }

            if (j > i && Coordinate(tokens, spans.GetRange(i, j - i + 1), heads, relations))
            {
                changed = true;
            }

            i = j;
        }

        if (!changed || !IsTree(heads))
        {
            return parse;
        }

        return new ParsedSentence(tokens.Select((t, k) => t with { Head = heads[k], Relation = relations[k] }).ToList());
    }

    /// <summary>The first and last word inside a character span, or (-1, -1).</summary>
    private static (int First, int Last) Words(IReadOnlyList<SyntaxToken> tokens, (int Start, int End) span)
    {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start >= span.Start && tokens[k].End <= span.End)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        return (first, last);
    }

    private static bool OnlyJoinersBetween(IReadOnlyList<SyntaxToken> tokens, int last, int next) =>
        next > last + 1 && Enumerable.Range(last + 1, next - last - 1).All(k => tokens[k].Form is "," or "and");

    /// <summary>Rewrites one list; false when the list holds no place in the sentence outside itself.</summary>
    private static bool Coordinate(IReadOnlyList<SyntaxToken> tokens, List<(int First, int Last)> names, int[] heads, string[] relations)
    {
        int from = names[0].First;
        int to = names[^1].Last;
        bool Inside(int k) => k >= from && k <= to;

        // Where the list stands: the attachment out of it that fills a clause's slot, a subject's or object's before others'.
        int anchor = Enumerable.Range(from, to - from + 1)
            .Where(k => heads[k] >= 0 && !Inside(heads[k]) && Places.Contains(relations[k]))
            .OrderBy(k => Array.IndexOf(Places, relations[k]))
            .FirstOrDefault(-1);
        int verb = to + 1;
        bool beforeVerb = verb < tokens.Count && tokens[verb].Upos is "VERB" or "AUX" && tokens[verb].Xpos is "VBD" or "VBZ" or "VBP" or "MD"
                          && !Inside(heads[verb]);
        if (anchor < 0 && !beforeVerb)
        {
            return false;
        }

        (int outerHead, string outerRelation) = anchor >= 0 && (!beforeVerb || relations[anchor].StartsWith("nsubj", StringComparison.Ordinal))
            ? (heads[anchor], relations[anchor])
            : (verb, "nsubj");
        if (outerRelation == "nsubj")
        {
            // "Yesterday, A and B met": a time word the parser made the subject is a modifier of time.
            foreach (int other in Enumerable.Range(0, tokens.Count).Where(k => heads[k] == outerHead && relations[k] == "nsubj" && !Inside(k)))
            {
                relations[other] = tokens[other].Lemma.ToLowerInvariant() is "yesterday" or "today" or "tomorrow" or "tonight" ? "obl:tmod" : relations[other];
            }
        }

        // Words outside the list that hung on a word of a name ("met with Minister X") hang on the name.
        for (int k = 0; k < tokens.Count; k++)
        {
            int owner = !Inside(k) && heads[k] >= 0 && Inside(heads[k]) ? names.FindIndex(n => heads[k] >= n.First && heads[k] <= n.Last) : -1;
            if (owner >= 0)
            {
                heads[k] = names[owner].Last;
            }
        }

        int first = names[0].Last;
        for (int n = 0; n < names.Count; n++)
        {
            // The name's words keep what structure they have inside it ("European Commission" on "President"); those
            // hung outside it, or on its last word, hang on the last word.
            int head = names[n].Last;
            for (int k = names[n].First; k < head; k++)
            {
                if (heads[k] < names[n].First || heads[k] > head || heads[k] == head)
                {
                    heads[k] = head;
                    relations[k] = tokens[k].Upos is "NOUN" or "PROPN" or "ADJ" ? "compound" : "flat";
                }
            }

            if (n == 0)
            {
                heads[head] = outerHead;
                relations[head] = outerRelation;
                continue;
            }

            heads[head] = first;
            relations[head] = "conj";
            for (int k = names[n - 1].Last + 1; k < names[n].First; k++)
            {
                heads[k] = head;
                relations[k] = tokens[k].Form == "and" ? "cc" : "punct";
            }
        }

        return true;
    }

    /// <summary>Whether every word reaches the one root without a cycle.</summary>
    private static bool IsTree(int[] heads)
    {
        if (heads.Count(h => h < 0) != 1)
        {
            return false;
        }

        for (int k = 0; k < heads.Length; k++)
        {
            int node = k;
            for (int steps = 0; node >= 0; steps++)
            {
                if (steps > heads.Length)
                {
                    return false;
                }

                node = heads[node];
            }
        }

        return true;
    }
}
