using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>
/// Tells acts that happened from acts only threatened, planned, refused, urged or possible: "threatened to
/// impose sanctions" is a threat, "urged both sides to agree" an appeal, "could attack" no attack.
/// </summary>
internal static class Modality
{
    // Words between "to" and a trigger ("to reimpose sanctions on", "to adopt new sanctions against").
    private const int MaxInfinitiveGap = 3;

    // Words between a governing verb and its "to" ("urged the two rival parties to").
    private const int MaxTargetGap = 8;

    /// <summary>
    /// True when the trigger is not asserted as done: after a modal or negation, or the infinitive of a verb of
    /// intent (from <paramref name="irrealis"/>) or of an earlier appeal, demand, threat or warning, which is returned
    /// as <paramref name="governor"/>.
    /// </summary>
    public static bool IsUnrealised(
        IReadOnlyList<Token> t, Trigger trigger, IReadOnlyList<Trigger> earlier, IReadOnlySet<string> irrealis, IReadOnlySet<string> modals,
        out Trigger? governor)
    {
        governor = null;
        if (trigger.Start > 0 && modals.Contains(t[trigger.Start - 1].Lower))
        {
            return true;
        }

        int to = -1;
        for (int k = trigger.Start - 1; k >= 0 && k >= trigger.Start - 1 - MaxInfinitiveGap; k--)
        {
            if (t[k].Lower == "to")
            {
                to = k;
                break;
            }

            if (!t[k].IsWord || t[k].IsCapitalized || t[k].Lower is "and" or "or")
            {
                return false;
            }
        }

        if (to <= 0)
        {
            return false;
        }

        // "urged Colombia and the rebels to agree": the governing verb is the last trigger before "to", its target between.
        Trigger? last = earlier.LastOrDefault(e => e.End <= to);
        governor = last is not null && to - last.End <= MaxTargetGap
            && last.Pattern.Predicate is Predicate.Appeal or Predicate.Demand or Predicate.Threaten or Predicate.Warn
            ? last : null;
        return governor is not null || irrealis.Contains(t[to - 1].Lower);
    }
}
