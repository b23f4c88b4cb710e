using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// "We will impose sanctions on X if it invades": a penalty promised on a condition is not imposed, but the promise is
/// a warning to its target, or, when the penalty is force, a threat against it; that much the sentence asserts.
/// </summary>
internal static class ConditionalPenalty
{
    /// <summary>
    /// The pattern of the warning or threat an act at <paramref name="trigger"/> makes, when it is a penalty the actor
    /// says it will impose ("will", "shall") on a condition; null otherwise. "Would", "could" and "might" only weigh a
    /// possibility, which others may do for the actor.
    /// </summary>
    public static EventPattern? Warning(ClauseView view, StatusWords words, EventPatternTable patterns, int trigger, Predicate predicate)
    {
        if (predicate is not (Predicate.ImposeSanctions or Predicate.Attack)
            || !view.Children(trigger, "aux").Any(a => view.Lemma(a) is "will" or "shall")
            || !view.Children(trigger, "advcl").Any(c => view.MarkOf(c) is { } mark && words.Condition.Contains(mark)))
        {
            return null;
        }

        (string lemma, Predicate act) = predicate == Predicate.Attack ? ("threaten", Predicate.Threaten) : ("warn", Predicate.Warn);
        return patterns.MostSpecificFirst(lemma, EventPos.Verb).FirstOrDefault(r => r.Predicate == act && r.Objects.Count == 0);
    }
}
