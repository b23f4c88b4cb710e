using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Facts;

/// <summary>
/// Facts from the verb lexicon: each trigger's actor(s) and target(s), one fact per pair. Coordinated
/// actors give one fact each; a verb coordinated with an earlier one shares its actor ("cut ties with
/// Kuwait and imposed an embargo, accusing it of ..."); "the charges" refers back to the accusers.
/// </summary>
public sealed class VerbFactStage : IExtractionStage
{
    // Longer "sentences" are lists and tables run together; clause-level reading does not hold there.
    private const int MaxSentenceTokens = 90;

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Lexicon lexicon = context.Resources.Lexicon;
        IReadOnlySet<string> irrealis = lexicon.FunctionWords("irrealis");
        IReadOnlySet<string> modals = lexicon.FunctionWords("modal");
        foreach (Sentence sentence in context.Sentences)
        {
            var mentions = context.MentionsIn(sentence.Index).ToList();
            List<Trigger> triggers = TriggerMatcher.Find(lexicon, sentence.Tokens, mentions);
            if (triggers.Count == 0 || sentence.Tokens.Count > MaxSentenceTokens)
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
                if (Modality.IsUnrealised(sentence.Tokens, trigger, done[..^1], irrealis, modals, out Trigger? governor))
                {
                    // "threatened to impose sanctions on X": the threat's target is the act's.
                    if (governor is { Pattern.Predicate: Predicate.Threaten, Object: null } && trigger.Object is not null)
                    {
                        governor.Object = trigger.Object;
                        Emit(context, lexicon, sentence, governor);
                    }

                    continue;
                }

                Emit(context, lexicon, sentence, trigger);
            }
        }
    }

    private static void Resolve(Trigger trigger, ArgumentFinder finder, List<Trigger> done, List<Trigger> all, List<Coordination> groups)
    {
        switch (trigger.Pattern.Form)
        {
            case VerbForm.Passive:
                // "the groups are paid by the government": the actor follows "by"; the target is the subject when
                // an auxiliary marks the passive, else only the name just before ("militias funded by Iran").
                trigger.Subject = groups.FirstOrDefault(g => g.TokenStart > trigger.End && g.TokenStart <= trigger.End + 2 && g.Members.All(ArgumentFinder.IsActor));
                trigger.Object = finder.HasAuxiliaryBefore(trigger)
                    ? finder.Subject(trigger, done)
                    : groups.FirstOrDefault(g => g.TokenEnd == trigger.Start && g.Members.All(ArgumentFinder.IsActor));
                break;
            case VerbForm.Between:
                trigger.Object = groups.FirstOrDefault(g => g.TokenStart >= trigger.End && g.TokenStart <= trigger.End + 1 && g.Members.Count > 1)
                    ?? finder.BetweenPair(trigger);
                if (!PredicateInfo.Of(trigger.Pattern.Predicate).IsSymmetric)
                {
                    trigger.Subject = finder.Subject(trigger, done);
                }

                break;
            default:
                trigger.Subject = finder.Subject(trigger, done);
                // "Blinken's Gulf visit": the place between possessor and noun is what is visited.
                trigger.Object = (trigger.Pattern.Predicate == Predicate.Visit && finder.Possessor(trigger) is not null ? finder.PlaceBefore(trigger) : null)
                    ?? finder.Object(trigger, all);

                // "cut ties with Kuwait and imposed an embargo": a coordinated verb without its own target shares the previous one's;
                // an apposition ("X, a member of the EU, opposed sanctions") is no verb to share with, and whom one met or visited is not what one then calls for.
                if (trigger.Object is null && done.Count > 0 && done[^1].Subject == trigger.Subject && done[^1].Pattern.Form != VerbForm.Adjective
                    && done[^1].Pattern.Predicate is not (Predicate.Meet or Predicate.Visit or Predicate.Host))
                {
                    trigger.Object = done[^1].Object;
                }

                break;
        }
    }

    private static void Emit(ExtractionContext context, Lexicon lexicon, Sentence sentence, Trigger trigger)
    {
        if (trigger.Pattern.Form == VerbForm.Between && trigger.Subject is not null && !PredicateInfo.Of(trigger.Pattern.Predicate).IsSymmetric)
        {
            // "Egypt mediated between Israel and Hamas": the actor acts on each party.
            foreach (string party in trigger.Object?.EntityIds ?? [])
            {
                foreach (string subject in trigger.Subject.EntityIds)
                {
                    Add(context, sentence, trigger, subject, party);
                }
            }

            // "hosted talks between A and B": the parties also meet, as "talks between A and B" says alone.
            if (MeetingNoun(lexicon, trigger.Pattern) is { } meeting)
            {
                AddPairs(context, sentence, meeting, trigger.Object?.EntityIds.ToList() ?? []);
            }

            return;
        }

        if (trigger.Pattern.Form == VerbForm.Between)
        {
            AddPairs(context, sentence, trigger.Pattern, trigger.Object?.EntityIds.ToList() ?? []);
            return;
        }

        // "A and B agreed to ...", "the two leaders met": a symmetric act with no target joins the actors to each other.
        if (trigger.Object is null && trigger.Subject is not null && PredicateInfo.Of(trigger.Pattern.Predicate).IsSymmetric)
        {
            AddPairs(context, sentence, trigger.Pattern, trigger.Subject.EntityIds.Distinct().ToList());
            return;
        }

        if (trigger.Subject is null || trigger.Object is null)
        {
            return;
        }

        foreach (string subject in trigger.Subject.EntityIds)
        {
            foreach (string target in Targets(context, trigger.Object, subject).ToList())
            {
                Add(context, sentence, trigger, subject, target);
            }
        }
    }

    /// <summary>
    /// Target ids; "the charges" stands for whoever accused the actor, "the appeal" for whoever appealed to or made
    /// demands of it, "the protest" for whoever criticized it (the actor, or the country whose office it holds).
    /// </summary>
    private static IEnumerable<string> Targets(ExtractionContext context, Coordination target, string subject)
    {
        foreach (EntityMention member in target.Members)
        {
            Predicate[]? earlier = member.Kind != MentionKind.Descriptor ? null : member.Head switch
            {
                "charge" => [Predicate.Accuse],
                "request" => [Predicate.Appeal, Predicate.Demand],
                "protest" => [Predicate.Criticize],
                _ => null,
            };
            if (earlier is not null)
            {
                // The latest such act is the one referred to: a headline's summary gives way to the body's report.
                string? country = context.Entities.Find(subject)?.CountryId;
                var sources = context.Facts.All
                    .Where(f => earlier.Contains(f.Predicate) && (f.Object == subject || (country is not null && f.Object == country)))
                    .ToList();
                int latest = sources.Count == 0 ? -1 : sources.Max(f => f.SentenceIndex);
                foreach (string source in sources.Where(f => f.SentenceIndex == latest).Select(f => f.Subject).Distinct().ToList())
                {
                    yield return source;
                }

                continue;
            }

            foreach (string id in member.EntityIds)
            {
                yield return id;
            }
        }
    }

    /// <summary>The symmetric "NOUN between" pattern whose noun closes a longer one ("host * talks between" ends in "talks between").</summary>
    private static VerbPattern? MeetingNoun(Lexicon lexicon, VerbPattern pattern) =>
        pattern.Rest.Count >= 2
            ? lexicon.PatternsStartingWith(pattern.Rest[^2]).FirstOrDefault(p =>
                p.Form == VerbForm.Between && p.Rest.Count == 1 && PredicateInfo.Of(p.Predicate).IsSymmetric)
            : null;

    private static void AddPairs(ExtractionContext context, Sentence sentence, VerbPattern pattern, List<string> members)
    {
        for (int a = 0; a < members.Count; a++)
        {
            for (int b = a + 1; b < members.Count; b++)
            {
                Add(context, sentence, pattern, members[a], members[b]);
            }
        }
    }

    private static void Add(ExtractionContext context, Sentence sentence, Trigger trigger, string subject, string target) =>
        Add(context, sentence, trigger.Pattern, subject, target);

    private static void Add(ExtractionContext context, Sentence sentence, VerbPattern pattern, string subject, string target)
    {
        context.Facts.Add(new ExtractedFact(
            subject, pattern.Predicate, target, sentence.Text, sentence.Index, sentence.Span,
            Date: null, Place: null, Title: null, pattern.Confidence));
    }
}
