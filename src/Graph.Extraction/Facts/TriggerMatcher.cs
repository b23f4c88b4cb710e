using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Tokens;

namespace Graph.Extraction.Facts;

/// <summary>Finds lexicon triggers in a sentence: longest pattern first, "*" bridging up to three plain words.</summary>
internal static class TriggerMatcher
{
    private const int MaxGap = 3;

    public static List<Trigger> Find(Lexicon lexicon, IReadOnlyList<Token> t, IReadOnlyList<EntityMention> mentions)
    {
        var inName = new bool[t.Count];
        foreach (EntityMention m in mentions.Where(m => m.Kind == MentionKind.Name))
        {
            for (int k = m.TokenStart; k < m.TokenEnd; k++)
            {
                inName[k] = true;
            }
        }

        bool[] quoted = QuotedTokens(t);
        var triggers = new List<Trigger>();
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || inName[i] || quoted[i])
            {
                continue;
            }

            IReadOnlyList<VerbPattern> candidates = lexicon.PatternsStartingWith(t[i].Lower);
            if (candidates.Count > 0 && IsNounUse(lexicon, t, i))
            {
                // "in support of", "the visit", "their demands": the same word used as a noun.
                candidates = [.. candidates.Where(c => c.Form is VerbForm.Noun or VerbForm.Between or VerbForm.Adjective)];
            }

            bool byFollows = FollowedByBy(t, i);
            bool passiveAvailable = candidates.Any(c => c.Form == VerbForm.Passive);
            foreach (VerbPattern pattern in candidates)
            {
                // "paid by", "backed by" read as passive; "backs" as active.
                if ((pattern.Form == VerbForm.Passive && !byFollows) || (pattern.Form != VerbForm.Passive && byFollows && passiveAvailable))
                {
                    continue;
                }

                int end = MatchRest(t, i + 1, pattern.Rest, inName);
                if (end > 0)
                {
                    triggers.Add(new Trigger { Pattern = pattern, Start = i, End = end });
                    i = end - 1;
                    break;
                }
            }
        }

        return triggers;
    }

    private static bool IsNounUse(Lexicon lexicon, IReadOnlyList<Token> t, int i)
    {
        if (i == 0 || t[i].Lower.EndsWith("ed", StringComparison.Ordinal) || t[i].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        string previous = t[i - 1].Lower;
        return previous is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our" or "of" or "in" or "for" or "with" or "and" or "new"
            || t[i - 1].Kind == TokenKind.Possessive
            || (t[i - 1].IsWord && lexicon.NounKindOf(previous) == NounKind.None && previous.EndsWith("al", StringComparison.Ordinal));
    }

    private static bool FollowedByBy(IReadOnlyList<Token> t, int i)
    {
        for (int k = i + 1; k < t.Count && k <= i + 2; k++)
        {
            if (t[k].Lower == "by")
            {
                return true;
            }

            if (!t[k].IsWord || !t[k].Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static int MatchRest(IReadOnlyList<Token> t, int start, IReadOnlyList<string> rest, bool[] inName)
    {
        int k = start;
        for (int r = 0; r < rest.Count; r++)
        {
            if (rest[r] == "*")
            {
                string nextWord = rest[r + 1];
                int limit = Math.Min(t.Count, k + MaxGap + 1);
                int found = -1;
                for (int g = k; g < limit; g++)
                {
                    if (t[g].Lower == nextWord)
                    {
                        found = g;
                        break;
                    }

                    if (!t[g].IsWord || inName[g])
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    return -1;
                }

                k = found;
                continue;
            }

            if (k >= t.Count || t[k].Lower != rest[r])
            {
                return -1;
            }

            k++;
        }

        return k;
    }

    /// <summary>Tokens between double quotation marks: quoted speech is a claim, not a reported fact.</summary>
    public static bool[] QuotedTokens(IReadOnlyList<Token> t)
    {
        var quoted = new bool[t.Count];
        bool inside = false;
        for (int k = 0; k < t.Count; k++)
        {
            string q = t[k].Text;
            if (t[k].Kind == TokenKind.Quote && q is "\"" or "\u201C" or "\u201D" or "\u00AB" or "\u00BB")
            {
                inside = q switch
                {
                    "\u201C" or "\u00AB" => true,
                    "\u201D" or "\u00BB" => false,
                    _ => !inside,
                };
                continue;
            }

            quoted[k] = inside;
        }

        return quoted;
    }
}
