using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>Finds the actor before and the target after a trigger within its clause.</summary>
internal sealed class ArgumentFinder
{
    private const int SubjectWindow = 24;
    private const int NounSubjectWindow = 8;
    private const int ObjectWindow = 10;

    // Words between "and" and the second party of "between A and B" ("representatives of the").
    private const int MaxPartyGap = 4;
    private static readonly HashSet<string> ClauseBreaks =
        new(["while", "whereas", "but", "although", "though", "because", "where", "which", "when", "whose", "if", "unless", ";", ":", "\u2014"], StringComparer.Ordinal);

    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<Coordination> _groups;
    private readonly IReadOnlySet<string> _locatives;
    private readonly IReadOnlySet<string> _prepositions;

    public ArgumentFinder(Lexicon lexicon, IReadOnlyList<Token> tokens, List<Coordination> groups)
    {
        _tokens = tokens;
        _groups = groups;
        _locatives = lexicon.FunctionWords("locative");
        _prepositions = lexicon.FunctionWords("preposition");
    }

    public static bool IsActor(EntityMention m) =>
        m.EntityIds.Count > 0
        && (m.EffectiveType is EntityType.Person or EntityType.Country or EntityType.Organization or EntityType.Group
            || m.Kind is MentionKind.Pronoun or MentionKind.Descriptor);

    /// <summary>The actor of a trigger: the nearest free argument before it, or the actor of the verb it is coordinated with.</summary>
    public Coordination? Subject(Trigger trigger, IReadOnlyList<Trigger> earlier)
    {
        if (Possessor(trigger) is { } possessor)
        {
            return possessor;
        }

        // "X praised Y after hosting Z": a gerund after a conjunction of time or means shares the main clause's actor.
        if (trigger.Start > 0 && _tokens[trigger.Start].Lower.EndsWith("ing", StringComparison.Ordinal)
            && _tokens[trigger.Start - 1].Lower is "after" or "before" or "while" or "since" or "by" or "when"
            && earlier.LastOrDefault(e => e.Subject is not null && !e.IsPassive) is { } main)
        {
            return main.Subject;
        }

        int limit = Math.Max(0, trigger.Start - (trigger.Pattern.Form == VerbForm.Noun ? NounSubjectWindow : SubjectWindow));
        for (int k = trigger.Start - 1; k >= limit; k--)
        {
            Trigger? previous = earlier.LastOrDefault(e => e.End == k + 1);
            if (previous is not null && previous.Pattern.Form == VerbForm.Between && previous.Subject is null)
            {
                // "welcomed the agreement between A and B and agreed to ...": a "between" phrase is no actor to share.
                continue;
            }

            if (previous is not null)
            {
                return previous.IsPassive ? previous.Object : previous.Subject;
            }

            // "urged both sides to agree": the infinitive's actor is the earlier verb's target, not its actor.
            if (k + 1 == trigger.Start && _tokens[k].Lower == "to"
                && earlier.LastOrDefault(e => e.Object is not null && !e.IsPassive && e.Object.TokenEnd == k) is { } control)
            {
                return control.Object;
            }

            Coordination? group = _groups.LastOrDefault(g => g.TokenEnd == k + 1);

            // "X criticized Y for the visit and warned Z": a coordinated verb shares the actor, not the earlier target.
            if (group is not null && earlier.LastOrDefault(e => e.Object == group && !e.IsPassive && e.Subject is not null) is { } owner
                && Enumerable.Range(k + 1, trigger.Start - k - 1).Any(x => _tokens[x].Lower == "and"))
            {
                return owner.Subject;
            }

            if (group is not null && (IsFreeActor(group) || (k + 1 == trigger.Start && IsActorGroup(group) && !group.Members.Any(m => m.IsModifier))))
            {
                // A name right before the verb is its subject even after a conjunction-like "after" or "before".
                return group;
            }

            if (ClauseBreaks.Contains(_tokens[k].Lower))
            {
                return null;
            }

            if (_tokens[k].Lower == "who")
            {
                Coordination? antecedent = _groups.LastOrDefault(g => g.TokenEnd <= k && g.TokenEnd >= k - 1);
                return antecedent is not null && IsFreeActor(antecedent) ? antecedent : null;
            }
        }

        // A fronted phrase ("As well as talks with X, Blinken attended ..."): the actor is the main clause's subject.
        if (limit == 0 && (_prepositions.Contains(_tokens[0].Lower) || _tokens[0].Lower is "as" or "following" or "besides"))
        {
            int comma = -1;
            for (int k = trigger.End; k < _tokens.Count; k++)
            {
                if (_tokens[k].Is(','))
                {
                    comma = k;
                    break;
                }
            }

            return comma < 0 ? null : _groups.FirstOrDefault(g => g.TokenStart == comma + 1 && IsFreeActor(g));
        }

        return null;
    }

    /// <summary>True when "is", "are", "was", "were", "been" or "being" (perhaps with an adverb) precedes the trigger.</summary>
    public bool HasAuxiliaryBefore(Trigger trigger)
    {
        for (int k = trigger.Start - 1; k >= 0 && k >= trigger.Start - 3; k--)
        {
            string word = _tokens[k].Lower;
            if (word is "is" or "are" or "was" or "were" or "been" or "being" or "be" or "get" or "got")
            {
                return true;
            }

            if (!word.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The target of a trigger: the first argument after it in the clause, skipping mere places.</summary>
    public Coordination? Object(Trigger trigger, IReadOnlyList<Trigger> all)
    {
        bool visit = trigger.Pattern.Predicate == Predicate.Visit;
        int limit = Math.Min(_tokens.Count, trigger.End + ObjectWindow);
        for (int k = trigger.End; k < limit; k++)
        {
            if (all.Any(o => o != trigger && o.Start == k))
            {
                return null;
            }

            Coordination? group = _groups.FirstOrDefault(g => g.TokenStart == k);
            if (group is not null && IsTarget(group, visit, k == trigger.End))
            {
                return group;
            }

            if (group is not null)
            {
                k = group.TokenEnd - 1;
                continue;
            }

            if (ClauseBreaks.Contains(_tokens[k].Lower) || _tokens[k].Lower == "who")
            {
                return null;
            }

            // "criticized the arrest of X", "condemned the killing of X": what is acted on is an event that befell the person.
            if (_tokens[k].Lower == "of" && k >= trigger.End + 2 && _tokens[k - 2].Lower == "the"
                && _tokens[k - 1] is { IsWord: true, IsCapitalized: false }
                && _groups.FirstOrDefault(g => g.TokenStart > k && g.TokenStart <= k + 4) is { } after
                && after.Members.All(m => m.EffectiveType == EntityType.Person))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "talks between Sudan's army chief X and representatives of Y": the two parties of "between A and B" when they do
    /// not form one list (a person and a group, a phrase before the second).
    /// </summary>
    public Coordination? BetweenPair(Trigger trigger)
    {
        Coordination? first = _groups.FirstOrDefault(g => g.TokenStart >= trigger.End && g.TokenStart <= trigger.End + 1 && IsActorGroup(g));
        if (first is null || _tokens.ElementAtOrDefault(first.TokenEnd)?.Lower != "and")
        {
            return null;
        }

        Coordination? second = _groups.FirstOrDefault(g => g.TokenStart > first.TokenEnd && g.TokenStart <= first.TokenEnd + MaxPartyGap && IsActorGroup(g));
        if (second is null || Enumerable.Range(first.TokenEnd + 1, second.TokenStart - first.TokenEnd - 1)
                .Any(k => !_tokens[k].IsWord || _tokens[k].IsCapitalized || ClauseBreaks.Contains(_tokens[k].Lower)))
        {
            return null;
        }

        return new Coordination([.. first.Members, .. second.Members]);
    }

    /// <summary>"Blinken's visit", "Blinken's Gulf visit": the possessor acts; a place between is the target.</summary>
    public Coordination? Possessor(Trigger trigger)
    {
        for (int k = trigger.Start - 1; k >= 0 && k >= trigger.Start - 4; k--)
        {
            if (_tokens[k].Kind == TokenKind.Possessive)
            {
                return _groups.LastOrDefault(g => g.TokenEnd == k && IsActorGroup(g));
            }

            if (!_tokens[k].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A place named between a possessor and a noun trigger ("Blinken's Gulf visit").</summary>
    public Coordination? PlaceBefore(Trigger trigger)
    {
        Coordination? group = _groups.LastOrDefault(g => g.TokenEnd == trigger.Start);
        return group is not null && group.Members.All(m => m.EffectiveType is EntityType.City or EntityType.Country or EntityType.Region) ? group : null;
    }

    private bool IsFreeActor(Coordination group) =>
        IsActorGroup(group) && !group.Members.Any(m => m.IsModifier && m.EffectiveType != EntityType.Group)
        && (group.First.Preposition is null || !_prepositions.Contains(group.First.Preposition))
        && _tokens.ElementAtOrDefault(group.TokenEnd)?.Kind != TokenKind.Possessive;

    private static bool IsActorGroup(Coordination group) => group.Members.All(IsActor);

    private bool IsTarget(Coordination group, bool visit, bool adjacent)
    {
        if (group.Members.Any(m => m.IsModifier && m.EffectiveType != EntityType.Group && m.EffectiveType != EntityType.Person))
        {
            return false;
        }

        if (visit)
        {
            return group.Members.All(m => m.EffectiveType is EntityType.City or EntityType.Country or EntityType.Region);
        }

        bool locative = group.First.Preposition is not null && _locatives.Contains(group.First.Preposition) && !adjacent;
        return !locative && group.Members.All(m => m.EffectiveType != EntityType.City && m.EffectiveType != EntityType.Region);
    }
}
