using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Events;

/// <summary>
/// Codes events on the parse: every verb or noun that matches an event pattern gives facts from its
/// actor to its target, found through grammatical relations (<see cref="ArgumentResolver"/>), with the
/// status and source the sentence gives the act (<see cref="StatusResolver"/>). Each fact's match is
/// kept in <see cref="ExtractionContext.Events"/> so a user can see why it exists.
/// </summary>
public sealed class EventCodingStage : IExtractionStage
{
    private const double VerbConfidence = 0.8;
    private const double NounConfidence = 0.7;

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Lexicon lexicon = context.Resources.Lexicon;
        var words = StatusWords.From(lexicon);
        var argumentWords = ArgumentWords.From(lexicon);
        var voices = new ArticleVoices(StatementIssuer.Find(context), CallParticipants.Find(context));
        var meetings = new MeetingParties(context.Entities);
        foreach (Sentence sentence in context.Sentences)
        {
            if (sentence.Parse is null)
            {
                continue;
            }

            var view = new ClauseView(sentence.Parse, context.MentionsIn(sentence.Index));
            var arguments = new ArgumentResolver(view, argumentWords, VoicesIn(context, sentence, voices), meetings, token => IsEventNoun(view, lexicon.EventPatterns, token));
            var status = new StatusResolver(view, words, token => Speaker(view, arguments, token));
            List<Candidate> candidates = Candidates(view, lexicon.EventPatterns, arguments, argumentWords);
            Dictionary<int, List<string>> eventActors = candidates
                .Where(c => c.Pattern.IsNoun)
                .ToDictionary(c => c.Trigger, c => c.Actors.SelectMany(arguments.Entities).Distinct().ToList());
            foreach (Candidate candidate in candidates)
            {
                (FactStatus factStatus, string? source) = status.Resolve(candidate.Trigger, candidate.Pattern.Predicate);
                var match = new EventMatch(sentence.Index, candidate.Trigger, candidate.Pattern, candidate.Actors, candidate.Targets, factStatus, source);
                if (Emit(context, sentence, view, arguments, eventActors, candidates, match))
                {
                    context.Events.Add(match);
                }

                if (factStatus == FactStatus.Hypothetical
                    && ConditionalPenalty.Warning(view, words, lexicon.EventPatterns, candidate.Trigger, candidate.Pattern.Predicate) is { } warning
                    && match with { Pattern = warning, Status = FactStatus.Asserted } is var warned
                    && Emit(context, sentence, view, arguments, eventActors, candidates, warned))
                {
                    context.Events.Add(warned);
                }

                // The meeting's parties as the sentence names them, a place among them too ("a call with European leaders").
                meetings.Record(match, arguments.Entities);
            }
        }

        EmitHeadlineMeeting(context, lexicon.EventPatterns);
    }

    /// <summary>"Remarks by A and B Before Bilateral Meeting": A meets B (and each other speaker the headline names).</summary>
    private static void EmitHeadlineMeeting(ExtractionContext context, EventPatternTable patterns)
    {
        (Sentence? headline, IReadOnlyList<EntityMention> speakers) = HeadlineMeeting.Find(context);
        EventPattern? meeting = patterns.MostSpecificFirst("meeting", EventPos.Noun).FirstOrDefault(r => r.Predicate == Predicate.Meet);
        if (headline?.Parse is not { } parse || meeting is null)
        {
            return;
        }

        int TokenOf(EntityMention mention) => parse.HeadsWithin(mention.Span.Start, mention.Span.End).DefaultIfEmpty(-1).Last();
        int trigger = Enumerable.Range(0, parse.Tokens.Count).LastOrDefault(k => parse.Tokens[k].Form.Equals("meeting", StringComparison.OrdinalIgnoreCase), -1);
        var match = new EventMatch(headline.Index, trigger, meeting, [TokenOf(speakers[0])], speakers.Skip(1).Select(TokenOf).ToList(), FactStatus.Asserted, null);
        string first = speakers[0].EntityIds[0];
        int before = context.Facts.All.Count;
        Each(context, headline, match, [first], speakers.Skip(1).Select(m => m.EntityIds[0]).Where(id => id != first).Distinct().ToList(), NounConfidence);
        if (context.Facts.All.Count > before)
        {
            context.Events.Add(match);
        }
    }

    /// <summary>
    /// Who "we" is in this sentence: in a transcript's turn, the country of the official speaking ("TAOISEACH VARADKAR: We
    /// support ..."), when the article says whose office they hold, though the remarks are issued by several; otherwise the
    /// issuing government of a statement.
    /// </summary>
    private static ArticleVoices VoicesIn(ExtractionContext context, Sentence sentence, ArticleVoices voices)
    {
        if (!context.Speakers.TryGetValue(sentence.Index, out string? speaker)
            || context.Entities.Find(speaker) is not { CountryId: { } country })
        {
            return voices;
        }

        return voices with { Issuers = [country] };
    }

    /// <summary>The pattern matches of a sentence: per trigger the most specific rows whose requirements hold, the first that finds a target.</summary>
    private static List<Candidate> Candidates(ClauseView view, EventPatternTable patterns, ArgumentResolver arguments, ArgumentWords words)
    {
        IReadOnlySet<string> supportVerbs = words.Support;
        var found = new List<Candidate>();
        var themes = new HashSet<(int Token, Predicate Predicate)>();
        for (int token = 0; token < view.Tokens.Count; token++)
        {
            bool isNoun = view.Tokens[token].Upos == "NOUN";
            // "deeply alarmed by X", "grateful to X": a word of feeling, written as an adjective or a participle.
            IReadOnlyList<EventPattern> feeling = view.IsFeelingWord(token)
                ? patterns.MostSpecificFirst(view.Tokens[token].Form.ToLowerInvariant(), EventPos.Adjective)
                : [];
            if (!isNoun && !view.IsVerb(token) && feeling.Count == 0)
            {
                continue;
            }

            if (!isNoun && feeling.Count == 0 && words.Naming.Contains(view.Lemma(token)) && NamesItsObject(view, token))
            {
                // "called the decision regrettable", "call him my friend": a verb naming what its object is does nothing to it.
                continue;
            }

            IReadOnlyList<EventPattern> rows = feeling.Count > 0 ? feeling : patterns.MostSpecificFirst(view.Lemma(token), isNoun ? EventPos.Noun : EventPos.Verb);
            if (rows.Count == 0)
            {
                continue;
            }

            int theme = isNoun || feeling.Count > 0 ? -1 : arguments.Theme(token);
            bool NamesSomeone(Candidate c) => c.Targets.Any(t => arguments.Entities(t).Count > 0);
            Candidate? best = null;
            foreach (EventPattern row in rows)
            {
                // A more specific row wins once it finds a target that names someone; otherwise the plainer rows get their
                // turn ("struck Iranian positions in response": no one is struck "in response", so "struck X" is read).
                if (best is not null && NamesSomeone(best) && row.Specificity < best.Pattern.Specificity)
                {
                    break;
                }

                if (!Holds(view, row, token, theme))
                {
                    continue;
                }

                var candidate = new Candidate(token, row, row.Objects.Count > 0 ? theme : -1, arguments.Actors(token, row), arguments.Targets(token, row, row.Objects.Count > 0 ? theme : -1));
                if (GuestWelcomedToAPlace(view, candidate) is int guest)
                {
                    // "welcomed X to the White House": hosting X there, whatever plainer reading came first.
                    best = candidate with { Targets = [guest] };
                    break;
                }

                if (best is null || (best.Targets.Count == 0 && candidate.Targets.Count > 0) || (!NamesSomeone(best) && NamesSomeone(candidate)))
                {
                    best = candidate;
                }
            }

            if (best is { Pattern.Predicate: Predicate.Praise, Pattern.IsNoun: false } && UrgesItsObject(view, token)
                && patterns.MostSpecificFirst("urge", EventPos.Verb).FirstOrDefault(r => r.Predicate == Predicate.Appeal && r.Objects.Count == 0) is { } urging)
            {
                // "encouraged Peru to support the plan": praise given to get someone to act asks them to.
                best = best with { Pattern = urging };
            }

            if (best is { Pattern.Predicate: Predicate.Criticize, Theme: >= 0 } condemned && IsEventNoun(view, patterns, condemned.Theme)
                && !patterns.MostSpecificFirst(view.Lemma(condemned.Theme), EventPos.Noun).Any(r => r.Predicate == Predicate.Criticize))
            {
                // "condemned Russia's war against Ukraine", "condemned the attack against X": condemning an act condemns whoever
                // carries it out, never whom it is aimed at ("expressed concern about X" is the criticism itself).
                best = condemned with { Targets = [condemned.Theme] };
            }
            else if (best is { Pattern.Predicate: Predicate.Criticize, Pattern.IsNoun: false } deed && !deed.Targets.Any(t => arguments.Entities(t).Count > 0)
                && view.Child(token, "obj") is int obj and >= 0 && arguments.Entities(obj).Count == 0 && arguments.AgentOfDeed(obj) is int agent and >= 0)
            {
                // "condemned the atrocities and abuses by X", "the violence committed by X": whoever did the deed is criticized.
                best = deed with { Targets = [agent] };
            }

            if (best is not null)
            {
                found.Add(best);
                if (best.Theme >= 0)
                {
                    themes.Add((best.Theme, best.Pattern.Predicate));
                }
            }
        }

        // "imposed sanctions on Iran": the noun is the light verb's theme, not an event of its own; "mediated talks
        // between A and B" is both the mediation and the talks.
        found.RemoveAll(c => c.Pattern.IsNoun && themes.Contains((c.Trigger, c.Pattern.Predicate)));

        // "affirmed its support for X": a light verb whose object is an event of its own carries no act besides it.
        var events = found.Where(c => c.Pattern.IsNoun).Select(c => c.Trigger).ToHashSet();
        found.RemoveAll(c => !c.Pattern.IsNoun && c.Pattern.Objects.Count == 0 && supportVerbs.Contains(view.Lemma(c.Trigger))
            && view.Child(c.Trigger, "obj") is >= 0 and var theme && events.Contains(theme));
        return found;
    }

    /// <summary>
    /// An object followed by a "to" clause on the verb, nothing but the object's own words between: what the object is to
    /// do ("encouraged X to V"), not the purpose of a phrase in between ("commended X for his work to V").
    /// </summary>
    private static bool UrgesItsObject(ClauseView view, int verb) =>
        view.Child(verb, "obj") is int obj and >= 0
        && view.Children(verb, "xcomp", "advcl").Any(c => c > obj && view.IsVerb(c) && view.MarkOf(c) == "to"
            && !view.Tokens.Skip(obj + 1).Take(c - obj - 1).Any(t => t.Upos is "ADP" or "PUNCT" or "VERB"));

    /// <summary>
    /// A complement saying what the verb's object is: "regrettable" in "called the decision regrettable", or a bare noun
    /// after the object ("call him my friend"), which the parser may attach as an unmarked oblique; a time word is none.
    /// </summary>
    private static bool NamesItsObject(ClauseView view, int verb) =>
        view.Children(verb, "xcomp").Any(c => !view.IsVerb(c))
        || (view.Child(verb, "obj") >= 0 && view.Children(verb, "obl").Any(c => view.Tokens[c].Relation == "obl:unmarked" && view.IsNoun(c)
            && !Internal.Calendar.IsDayWord(view.Lemma(c)) && view.Lemma(c) is not ("week" or "month" or "year" or "time")));

    /// <summary>
    /// The object of a hosting verb whose "to" phrase names a place or a seat of government ("welcomed X to Washington"):
    /// the guest, where the pattern's own target is the place; null otherwise.
    /// </summary>
    private static int? GuestWelcomedToAPlace(ClauseView view, Candidate candidate)
    {
        int guest = view.Child(candidate.Trigger, "obj");
        if (candidate.Pattern.Predicate != Predicate.Host || !candidate.Pattern.Target.Prepositions.Contains("to") || guest < 0
            || view.MentionAt(guest) is not { EntityIds.Count: > 0 })
        {
            return null;
        }

        // The parser may hang the "to" phrase on the verb or on its object.
        bool toAPlace = new[] { candidate.Trigger, guest }.SelectMany(h => view.Children(h, "obl", "nmod")).Any(t => view.CaseOf(t) == "to"
            && view.MentionAt(t) is { EffectiveType: EntityType.City or EntityType.Country or EntityType.Region or EntityType.Organization });
        return toAPlace ? guest : null;
    }

    /// <summary>A noun that names an act here: it has a pattern whose required modifier, if any, is present ("joint work", not "the work of X").</summary>
    private static bool IsEventNoun(ClauseView view, EventPatternTable patterns, int token) =>
        view.Tokens[token].Upos == "NOUN" && patterns.MostSpecificFirst(view.Lemma(token), EventPos.Noun).Any(row => Holds(view, row, token, -1));

    private static bool Holds(ClauseView view, EventPattern row, int token, int theme)
    {
        // "do more together", "stand together": an adverb a row names as its particle counts as one.
        var particle = new HashSet<string>(StringComparer.Ordinal) { row.Particle ?? string.Empty };
        if (row.Particle is not null && !view.HasChild(token, "compound:prt", particle) && !(row.Particle == "together" && view.HasChild(token, "advmod", particle)))
        {
            return false;
        }

        if (row.IsNoun && row.Objects.Count > 0)
        {
            // "joint efforts": a noun row's required word is one of its modifiers.
            return view.Parse.Children(token).Any(c => view.BaseRelation(c) is "amod" or "compound" && row.Objects.Contains(view.Lemma(c)));
        }

        return row.Objects.Count == 0 || (theme >= 0 && (row.Objects.Contains(ThemeWord(view, theme)) || row.Objects.Contains(NamedHead(view, theme))));
    }

    /// <summary>The word a theme is listed under: its lemma, a currency sign as the currency's name ("pledged $10 million").</summary>
    private static string ThemeWord(ClauseView view, int theme) => view.Lemma(theme) switch
    {
        "$" or "us$" => "dollar",
        "€" => "euro",
        "£" => "pound",
        var lemma => lemma,
    };

    /// <summary>"the Artemis Accords", parsed with the name's first word at its head: the last word of the name, in lower case.</summary>
    private static string NamedHead(ClauseView view, int theme) =>
        view.MentionAt(theme) is { Kind: MentionKind.Name } name
            ? view.Tokens.Last(t => t.End <= name.Span.End && t.Start >= name.Span.Start).Form.ToLowerInvariant()
            : string.Empty;

    private static bool Emit(
        ExtractionContext context, Sentence sentence, ClauseView view, ArgumentResolver arguments, Dictionary<int, List<string>> eventActors,
        List<Candidate> candidates, EventMatch match)
    {
        PredicateInfo info = PredicateInfo.Of(match.Pattern.Predicate);
        var actors = match.Actors.SelectMany(arguments.Entities).Distinct().ToList();
        if (actors.Count == 0)
        {
            // "Israeli airstrikes killed 20 people": an act of the same kind as its subject is the subject's author's.
            actors.AddRange(match.Actors.Append(view.Child(match.Trigger, "nsubj"))
                .Where(a => candidates.Any(c => c.Trigger == a && c.Pattern.IsNoun && c.Pattern.Predicate == match.Pattern.Predicate))
                .SelectMany(a => eventActors.GetValueOrDefault(a) ?? []).Distinct());
        }

        if (actors.Count == 0 && context.Speakers.TryGetValue(sentence.Index, out string? speaker) && IsSpeakersOwn(view, match))
        {
            // "HARRIS: Thank you, Madam Vice President." in a transcript: a main clause without a subject of its own is the speaker's.
            actors.Add(speaker);
        }

        (List<string> parties, List<string> targets) = TargetIds(context, view, arguments, eventActors, match.Targets, actors, match.Pattern.Predicate);
        targets.AddRange(PlacesReached(context, view, arguments, match, parties.Count + targets.Count));

        if (parties.Count + targets.Count == 0 && match.Pattern.Predicate is Predicate.Demand or Predicate.Appeal or Predicate.Warn or Predicate.Threaten)
        {
            // "demanded that Togo release ...", "warned that Iran would ...": whoever the demand or warning is about.
            foreach (int clause in view.Children(match.Trigger, "ccomp"))
            {
                int subject = view.Child(clause, "nsubj") is >= 0 and var active ? active : view.Child(clause, "nsubj:pass");
                if (subject >= 0)
                {
                    targets.AddRange(arguments.Entities(subject));
                }
            }
        }

        if (parties.Count + targets.Count == 0 && !info.IsSymmetric && view.Tokens[match.Trigger].Relation == "conj"
            && candidates.FirstOrDefault(c => c.Trigger == view.Head(match.Trigger)) is { Targets.Count: > 0 } first && first.Actors.SequenceEqual(match.Actors)
            && !PredicateInfo.Of(first.Pattern.Predicate).IsSymmetric)
        {
            // "cut ties with X and imposed an embargo": a coordinated act with no target of its own shares the first act's;
            // not a meeting's ("met X and called for an end to the war": the partner is no target of the call).
            (List<string> sharedParties, List<string> sharedTargets) = TargetIds(context, view, arguments, eventActors, first.Targets, actors, first.Pattern.Predicate);
            targets.AddRange(sharedTargets.Concat(sharedParties));
        }

        if (parties.Count + targets.Count == 0
            && match.Pattern.Predicate is Predicate.Threaten or Predicate.Warn or Predicate.Demand or Predicate.Appeal or Predicate.Deny)
        {
            // "threatened to impose sanctions on X", "warned that it would strike X": the act's target is the threat's,
            // when it is someone who can be warned (not the place of "an offensive in Rafah"); "denied attacking X" is a
            // denial towards X. One asks nothing of anyone by hoping or asking to act oneself ("hope to lead X").
            bool asking = match.Pattern.Predicate is Predicate.Demand or Predicate.Appeal;
            foreach (Candidate complement in candidates.Where(c => Governs(view, match.Trigger, c.Trigger)
                && !(asking && c.Actors.Count > 0 && c.Actors.SequenceEqual(match.Actors))))
            {
                targets.AddRange(TargetIds(context, view, arguments, eventActors, complement.Targets, actors, complement.Pattern.Predicate).Targets
                    .Where(id => context.Entities.Find(id)?.Type is not (EntityType.City or EntityType.Region)));
            }
        }

        double confidence = match.Pattern.IsNoun ? NounConfidence : VerbConfidence;
        int before = context.Facts.All.Count;
        if (parties.Count > 1)
        {
            // "talks between A and B" (the parties meet); "mediated between A and B" (the mediator acts on each).
            if (info.IsSymmetric || actors.Count == 0)
            {
                Pairs(context, sentence, match, parties.Distinct().ToList(), confidence);
            }
            else
            {
                Each(context, sentence, match, actors, parties, confidence);
            }
        }
        else if (targets.Count == 0 && info.IsSymmetric && match.Targets.Any(t => IsUnnamedPartner(view, t)))
        {
            // "A and B met with representatives of C": the partners are the unnamed ones, not each other.
        }
        else if (targets.Count == 0 && info.IsSymmetric && actors.Count > 2)
        {
            // "the leaders agreed" after a call of five: the first party (the host, or who writes) with each other member, not every pair.
            Each(context, sentence, match, [actors[0]], actors.Skip(1).ToList(), confidence);
        }
        else if (targets.Count == 0 && info.IsSymmetric)
        {
            // "A and B agreed", "the two leaders met".
            Pairs(context, sentence, match, actors, confidence);
        }
        else
        {
            Each(context, sentence, match, actors, targets.Concat(parties).Distinct().ToList(), confidence);
        }

        return context.Facts.All.Count > before;
    }

    /// <summary>A main-clause verb whose only subject, if any, is the turn's label ("VICE PRESIDENT HARRIS: thank you").</summary>
    private static bool IsSpeakersOwn(ClauseView view, EventMatch match)
    {
        int colon = -1;
        for (int k = 0; k < Math.Min(view.Tokens.Count, 8) && colon < 0; k++)
        {
            colon = view.Tokens[k].Form == ":" ? k : -1;
        }

        // The main clause: the root, or the clause the parser hung on the label.
        int head = view.Head(match.Trigger);
        if (match.Pattern.IsNoun || (head >= 0 && (head >= colon || match.Trigger < colon)))
        {
            return false;
        }

        int subject = view.Child(match.Trigger, "nsubj");
        return subject < 0 || subject < colon;
    }

    /// <summary>
    /// The places an act reaches through an "in" phrase. A visit to a site is a visit to the place it lies in ("traveled to
    /// the Kennedy Space Center in Houston"); an attack that names no one (<paramref name="named"/> is 0) strikes the place of
    /// the counted victims or things it is on ("airstrikes killed 20 people in Gaza", "destroyed three homes", "civilians"),
    /// or of the act itself.
    /// </summary>
    private static IEnumerable<string> PlacesReached(ExtractionContext context, ClauseView view, ArgumentResolver arguments, EventMatch match, int named)
    {
        bool IsPlace(string id) => context.Entities.Find(id)?.Type is EntityType.City or EntityType.Country or EntityType.Region;
        IEnumerable<string> PlacesIn(IEnumerable<int> tokens, params string[] relations) =>
            tokens.SelectMany(t => view.Children(t, relations)).Where(c => view.CaseOf(c) == "in").SelectMany(arguments.Entities).Where(IsPlace);

        if (match.Pattern.Predicate == Predicate.Visit)
        {
            return PlacesIn(match.Targets.Where(t => !arguments.Entities(t).Any(IsPlace)), "nmod");
        }

        if (match.Pattern.Predicate != Predicate.Attack || named > 0)
        {
            return [];
        }

        var counted = match.Targets.Where(t => arguments.Entities(t).Count == 0
            && (view.Tokens[t].Upos == "NUM" || (view.Tokens[t].Upos == "NOUN" && (view.Child(t, "nummod") >= 0 || view.Lemma(t) is "people" or "civilian"))))
            .ToList();
        return counted.Count == 0 ? [] : PlacesIn(counted.Append(match.Trigger), "nmod", "obl").Distinct(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="act"/> lies in a complement clause of <paramref name="verb"/> ("threatened to reimpose sanctions").</summary>
    private static bool Governs(ClauseView view, int verb, int act)
    {
        for (int node = act, depth = 0; node >= 0 && depth < 4; node = view.Head(node), depth++)
        {
            if (view.Head(node) == verb)
            {
                return view.BaseRelation(node) is "xcomp" or "ccomp";
            }

            if (view.BaseRelation(node) is not ("obj" or "xcomp" or "ccomp" or "obl"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An object or "with" phrase that names no entity ("met with representatives of X"), which the parser may also have
    /// made of a time word ("met today in Tokyo").
    /// </summary>
    private static bool IsUnnamedPartner(ClauseView view, int token) =>
        (view.Tokens[token].Relation == "obj" || view.CaseOf(token) == "with")
        && !Internal.Calendar.IsDayWord(view.Lemma(token));

    /// <summary>The entities of target tokens, split into parties of a "between" phrase and plain targets.</summary>
    private static (List<string> Parties, List<string> Targets) TargetIds(
        ExtractionContext context, ClauseView view, ArgumentResolver arguments, Dictionary<int, List<string>> eventActors, IReadOnlyList<int> tokens, List<string> actors, Predicate act)
    {
        var parties = new List<string>();
        var targets = new List<string>();
        foreach (int target in tokens)
        {
            List<string> ids = arguments.Entities(target);
            // "condemned Russia's invasion": an act aimed at an event is aimed at whoever carries it out.
            if (ids.Count == 0 && eventActors.TryGetValue(target, out List<string>? carriedBy))
            {
                ids = carriedBy;
            }

            if (ids.Count == 0 && view.Tokens[target].Upos == "NOUN")
            {
                ids = EarlierActors(context, view.Lemma(target), actors, act);
            }

            if (actors.Count > 1 && ids.Any(actors.Contains) && NamedByTheyOrTheir(view, target))
            {
                // "Chile and Peru will collaborate, supporting their respective efforts": a group acting on itself says
                // nothing of its members between them.
                continue;
            }

            (view.CaseOf(target) == "between" ? parties : targets).AddRange(ids);
        }

        return (parties, targets);
    }

    /// <summary>"them", "themselves", "their efforts": a target the plural pronoun names.</summary>
    private static bool NamedByTheyOrTheir(ClauseView view, int token) =>
        IsThey(view, token) || (view.Child(token, "nmod:poss") is int owner and >= 0 && IsThey(view, owner));

    private static bool IsThey(ClauseView view, int token) =>
        view.Tokens[token].Upos == "PRON" && view.Tokens[token].Form.ToLowerInvariant() is "they" or "them" or "their" or "theirs" or "themselves";

    /// <summary>
    /// "denied the charges", "rejected the appeal": a bare noun naming an earlier act of the article stands for
    /// whoever did it to the actor; "condemned the strikes", for whoever did it. The latest such act is the one referred to.
    /// </summary>
    private static List<string> EarlierActors(ExtractionContext context, string noun, List<string> actors, Predicate act)
    {
        Lexicon lexicon = context.Resources.Lexicon;
        var predicates = lexicon.EventPatterns.MostSpecificFirst(noun, EventPos.Noun).Select(r => r.Predicate).ToHashSet();
        NounKind kind = lexicon.NounKindOf(noun) | lexicon.NounKindOf(noun + "s");
        if (kind.HasFlag(NounKind.Charge))
        {
            predicates.Add(Predicate.Accuse);
        }

        if (kind.HasFlag(NounKind.Request))
        {
            predicates.UnionWith([Predicate.Appeal, Predicate.Demand]);
        }

        if (kind.HasFlag(NounKind.Protest))
        {
            predicates.Add(Predicate.Criticize);
        }

        if (actors.Count == 0 || predicates.Count == 0)
        {
            return [];
        }

        // An act aimed at a person's country is aimed at the person's government too ("rejected the appeal" by its president).
        // Condemning "the strikes" condemns whoever struck last, whomever they struck; a joint act has no one author.
        var receivers = actors.Concat(actors.Select(a => context.Entities.Find(a)?.CountryId).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        bool anyone = act == Predicate.Criticize && predicates.All(p => !PredicateInfo.Of(p).IsSymmetric);
        var earlier = context.Facts.All
            .Where(f => f.Status == FactStatus.Asserted && predicates.Contains(f.Predicate) && (anyone ? !actors.Contains(f.Subject) : receivers.Contains(f.Object)))
            .ToList();
        if (earlier.Count == 0)
        {
            return [];
        }

        int latest = earlier.Max(f => f.SentenceIndex);
        return earlier.Where(f => f.SentenceIndex == latest).Select(f => f.Subject).Distinct().ToList();
    }

    private static void Pairs(ExtractionContext context, Sentence sentence, EventMatch match, List<string> members, double confidence)
    {
        for (int a = 0; a < members.Count; a++)
        {
            for (int b = a + 1; b < members.Count; b++)
            {
                Add(context, sentence, match, members[a], members[b], confidence);
            }
        }
    }

    private static void Each(ExtractionContext context, Sentence sentence, EventMatch match, List<string> actors, List<string> targets, double confidence)
    {
        if (actors.Count > 1 && targets.Count > 1 && actors.Any(targets.Contains))
        {
            // "the leaders applauded the partnership between their countries and others": acting on a set one belongs to
            // says nothing of its members between them.
            return;
        }

        foreach (string actor in actors)
        {
            foreach (string target in targets)
            {
                Add(context, sentence, match, actor, target, confidence);
            }
        }
    }

    private static void Add(ExtractionContext context, Sentence sentence, EventMatch match, string subject, string target, double confidence)
    {
        if (!Fits(context, match.Pattern.Predicate, target))
        {
            return;
        }

        context.Facts.Add(new ExtractedFact(
            subject, match.Pattern.Predicate, target, sentence.Text, sentence.Index, sentence.Span,
            Date: null, Place: null, Title: null, confidence, match.Status, match.Source));
    }

    /// <summary>
    /// Whether the target can take the act: a visit goes to a place ("their visit to X" never visits a person);
    /// meeting, hosting, mediating and agreeing take parties, never a place the clause merely mentions; one joins a
    /// body or group as its member, never a country ("joined France in condemning"), and leads one; an attack never
    /// strikes a sea.
    /// </summary>
    private static bool Fits(ExtractionContext context, Predicate predicate, string target)
    {
        EntityType? type = context.Entities.Find(target)?.Type;
        bool site = type is EntityType.City or EntityType.Region;
        return predicate switch
        {
            // Firing into a sea strikes no one ("fired a missile into the Sea of Japan").
            Predicate.Attack => !(type == EntityType.Region && IsWater(context.Entities.Find(target)!.Name)),
            Predicate.Visit => site || type == EntityType.Country,
            Predicate.Meet or Predicate.Host or Predicate.Mediate or Predicate.Agree => !site,
            Predicate.MemberOf => type is EntityType.Organization or EntityType.Group,
            // "will lead a delegation to Fiji": one leads a body or a group, and heads a state by holding its office.
            Predicate.Leads => type is EntityType.Organization or EntityType.Group,
            _ => true,
        };
    }

    /// <summary>A sea, ocean, gulf, strait, bay or channel, by the name's head word.</summary>
    private static bool IsWater(string name) =>
        name.Split(' ').Any(w => w is "Sea" or "Ocean" or "Gulf" or "Strait" or "Straits" or "Bay" or "Channel");

    /// <summary>Who speaks at a token: a verb's actor, or the entity a nominal names.</summary>
    private static string? Speaker(ClauseView view, ArgumentResolver arguments, int token)
    {
        IEnumerable<int> tokens = view.IsVerb(token) ? arguments.VerbActors(token) : [token];
        return tokens.SelectMany(arguments.Entities).FirstOrDefault();
    }

    private sealed record Candidate(int Trigger, EventPattern Pattern, int Theme, List<int> Actors, List<int> Targets);
}
