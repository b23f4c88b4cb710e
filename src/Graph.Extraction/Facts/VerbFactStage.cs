using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Facts;

/// <summary>
/// Facts from the verb lexicon: each trigger's actor(s) and target(s), one fact per pair. Coordinated
/// actors give one fact each; a verb coordinated with an earlier one shares its actor ("cut ties with
/// Qatar and imposed an embargo, accusing it of ..."); "the charges" refers back to the accusers.
/// </summary>
public sealed class VerbFactStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Lexicon lexicon = context.Resources.Lexicon;
        foreach (Sentence sentence in context.Sentences)
        {
            var mentions = context.MentionsIn(sentence.Index).ToList();
            List<Trigger> triggers = TriggerMatcher.Find(lexicon, sentence.Tokens, mentions);
            if (triggers.Count == 0)
            {
                continue;
            }

            List<Coordination> groups = Coordination.Group(sentence.Tokens, mentions);
            var finder = new ArgumentFinder(lexicon, sentence.Tokens, groups);
            var done = new List<Trigger>();
            foreach (Trigger trigger in triggers)
            {
                Resolve(trigger, finder, done, triggers, groups);
                done.Add(trigger);
                Emit(context, sentence, trigger);
            }
        }
    }

    private static void Resolve(Trigger trigger, ArgumentFinder finder, List<Trigger> done, List<Trigger> all, List<Coordination> groups)
    {
        switch (trigger.Pattern.Form)
        {
            case VerbForm.Passive:
                // "the groups are paid by the government": the actor follows "by", the target precedes.
                trigger.Subject = groups.FirstOrDefault(g => g.TokenStart > trigger.End && g.TokenStart <= trigger.End + 2 && g.Members.All(ArgumentFinder.IsActor));
                trigger.Object = finder.Subject(trigger, done);
                break;
            case VerbForm.Between:
                trigger.Object = groups.FirstOrDefault(g => g.TokenStart >= trigger.End && g.TokenStart <= trigger.End + 1 && g.Members.Count > 1);
                break;
            default:
                trigger.Subject = finder.Subject(trigger, done);
                trigger.Object = finder.Object(trigger, all);
                if (trigger.Object is null && trigger.Pattern.Form == VerbForm.Noun && trigger.Pattern.Predicate == Predicate.Visit)
                {
                    trigger.Object = finder.PlaceBefore(trigger);
                }

                // "cut ties with Qatar and imposed an embargo": a coordinated verb without its own target shares the previous one's.
                if (trigger.Object is null && done.Count > 0 && done[^1].Subject == trigger.Subject)
                {
                    trigger.Object = done[^1].Object;
                }

                break;
        }
    }

    private static void Emit(ExtractionContext context, Sentence sentence, Trigger trigger)
    {
        if (trigger.Pattern.Form == VerbForm.Between)
        {
            var members = trigger.Object?.EntityIds.ToList() ?? [];
            for (int a = 0; a < members.Count; a++)
            {
                for (int b = a + 1; b < members.Count; b++)
                {
                    Add(context, sentence, trigger, members[a], members[b]);
                }
            }

            return;
        }

        if (trigger.Subject is null || trigger.Object is null)
        {
            return;
        }

        foreach (string subject in trigger.Subject.EntityIds)
        {
            foreach (string target in Targets(context, trigger.Object, subject))
            {
                Add(context, sentence, trigger, subject, target);
            }
        }
    }

    /// <summary>Target ids; "the charges" stands for whoever accused the actor.</summary>
    private static IEnumerable<string> Targets(ExtractionContext context, Coordination target, string subject)
    {
        foreach (EntityMention member in target.Members)
        {
            if (member.Kind == MentionKind.Descriptor && member.Head == "charge")
            {
                foreach (ExtractedFact accusation in context.Facts.All.Where(f => f.Predicate == Predicate.Accuse && f.Object == subject))
                {
                    yield return accusation.Subject;
                }

                continue;
            }

            foreach (string id in member.EntityIds)
            {
                yield return id;
            }
        }
    }

    private static void Add(ExtractionContext context, Sentence sentence, Trigger trigger, string subject, string target)
    {
        context.Facts.Add(new ExtractedFact(
            subject, trigger.Pattern.Predicate, target, sentence.Text, sentence.Index, sentence.Span,
            Date: null, Place: null, Title: null, trigger.Pattern.Confidence));
    }
}
