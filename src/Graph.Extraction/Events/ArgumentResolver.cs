using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// Finds an act's actor and target in the parse: subjects, passive agents, objects and the prepositional
/// objects a pattern names, through relative clauses, coordination, control verbs ("agreed to
/// cooperate", "urged X to stop") and participles ("..., accusing it of"); and the entities those
/// tokens stand for.
/// </summary>
internal sealed class ArgumentResolver(
    ClauseView view, ArgumentWords words, ArticleVoices voices, MeetingParties meetings, Func<int, bool> isEventNoun)
{
    // Bound on walking up shared subjects and control chains; real sentences need a handful.
    private const int MaxDepth = 8;

    /// <summary>The tokens naming who acts.</summary>
    public List<int> Actors(int trigger, EventPattern pattern) => pattern.Pos switch
    {
        EventPos.Noun => NounActors(trigger, PredicateInfo.Of(pattern.Predicate).IsSymmetric) is { Count: > 0 } actors ? actors : OfActor(trigger, pattern),
        EventPos.Adjective => FeelingActors(trigger),
        _ => VerbActors(trigger, 0),
    };

    /// <summary>
    /// Who a noun naming a deed says did it: "the abuses by X", "the violence committed by X", also on a later conjunct
    /// ("atrocities and abuses by X") or a participle the parser made of it; -1 when no "by" phrase names someone.
    /// </summary>
    public int AgentOfDeed(int noun)
    {
        foreach (int part in view.Conjuncts(noun))
        {
            foreach (int child in view.Parse.Children(part))
            {
                string relation = view.Tokens[child].Relation;
                int agent = relation == "nmod" && view.CaseOf(child) == "by" ? child
                    : relation is "acl" or "conj" && view.IsVerb(child) ? AgentPhrase(child) : -1;
                if (agent >= 0 && Entities(agent).Count > 0)
                {
                    return agent;
                }
            }
        }

        return -1;
    }

    /// <summary>A verb's agent phrase ("attacked by X", parsed as an agent or as a "by" oblique), or -1.</summary>
    private int AgentPhrase(int verb) =>
        view.Children(verb, "obl").FirstOrDefault(c => view.Tokens[c].Relation == "obl:agent" || view.CaseOf(c) == "by", -1);

    /// <summary>The tokens naming who speaks or acts at a verb.</summary>
    public List<int> VerbActors(int verb) => VerbActors(verb, 0);

    /// <summary>The noun a light verb's pattern requires ("sanctions" in "imposed sanctions"): the object, or the passive subject.</summary>
    public int Theme(int verb)
    {
        int theme = view.Child(verb, view.IsPassive(verb) ? "nsubj:pass" : "obj");
        if (theme < 0 && view.Tokens[verb].Relation == "acl:relcl" && !view.IsPassive(verb) && view.Child(verb, "nsubj") >= 0)
        {
            // "the deal we struck with X": the noun a relative clause without a pronoun describes is its object.
            return view.Head(verb);
        }

        if (theme >= 0 && view.Tokens[theme].Upos is "SYM" or "NUM"
            && view.Children(theme, "nmod").Concat(view.Children(verb, "obl")).FirstOrDefault(c => view.CaseOf(c) == "in", -1) is int what and >= 0)
        {
            // "pledged $50 million in aid to X": an amount's "in" phrase says what is given.
            return what;
        }

        return theme >= 0 && view.IsRelativePronoun(theme) && view.BaseRelation(verb) == "acl" ? view.Head(verb) : theme;
    }

    /// <summary>The tokens naming what the act is done to, as the pattern says: the object, or the objects of its prepositions.</summary>
    public List<int> Targets(int trigger, EventPattern pattern, int theme)
    {
        var found = new List<int>();
        if (pattern.Target.DirectObject)
        {
            int target = pattern.IsNoun ? -1 : DirectTarget(trigger, 0);
            if (target >= 0 && target != theme)
            {
                found.Add(target);
            }
        }

        // "reimposed sanctions on Venezuela": an event noun's target may hang on the verb it is the object of; "provided
        // assistance and support to X": a verb's on any conjunct of its object; "the visit of X to Y", parsed with "to Y"
        // on X: on the noun's actor in its "of" phrase.
        int governor = pattern.IsNoun ? GoverningVerb(trigger) : -1;
        int ofActor = pattern.IsNoun ? OfPhrase(trigger, pattern) : -1;
        IEnumerable<int> themes = theme >= 0 ? view.Conjuncts(theme) : [];
        foreach (int holder in themes.Prepend(trigger).Append(governor).Append(ofActor).Where(h => h >= 0).Distinct())
        {
            // "provide aid to A and to B", parsed with "to B" joined to the aid: a conjunct with the pattern's preposition is a target too.
            foreach (int child in view.Children(holder, "obl", "nmod").Concat(holder == trigger ? [] : view.Children(holder, "conj")))
            {
                if (view.Tokens[child].Relation != "nmod:poss" && view.CaseOf(child) is { } marker && pattern.Target.Prepositions.Contains(marker))
                {
                    found.Add(child);
                }
            }
        }

        // "Kenya signed the Paris Agreement": an agreement the act names is what it agrees to.
        if (found.Count == 0 && pattern.Predicate == Predicate.Agree && theme >= 0 && view.MentionAt(theme) is { EffectiveType: EntityType.Event, Kind: MentionKind.Name, EntityIds.Count: > 0 })
        {
            found.Add(theme);
        }

        // "condemned X and warned of consequences": a coordinated verb with no object of its own acts on the first verb's.
        if (found.Count == 0 && !pattern.IsNoun && pattern.Target.DirectObject
            && view.Tokens[trigger].Relation == "conj" && view.Child(trigger, "nsubj") < 0 && view.Child(trigger, "obj") < 0)
        {
            int first = view.Head(trigger);
            int shared = view.Child(first, "obj");
            if (shared >= 0 && Entities(shared).Count > 0)
            {
                found.Add(shared);
            }
        }

        return found;
    }

    /// <summary>The entity ids a token stands for: its mention's, each conjunct's, or those named inside a stand-in noun phrase ("the Iraqi government", "forces of Iraq").</summary>
    public List<string> Entities(int token)
    {
        var ids = new List<string>();

        // "on Sunday": a day or month names no one, nor does whatever the parser joined to it.
        if (Internal.Calendar.IsCalendarWord(view.Tokens[token].Form.ToLowerInvariant()))
        {
            return ids;
        }

        foreach (int member in view.Conjuncts(token))
        {
            if (view.MentionAt(member) is { } reference && meetings.For(reference) is { } parties)
            {
                ids.AddRange(parties);
                continue;
            }

            if (NameAfterARole(member) is { } named)
            {
                ids.AddRange(named);
                continue;
            }

            if (view.MentionAt(member) is { Kind: not MentionKind.Adjective } mention && mention.EntityIds.Count > 0
                && !((mention.IsModifier || view.IsTitleHolder(mention)) && view.Children(member, "flat").Any()))
            {
                ids.AddRange(mention.EntityIds);
                continue;
            }

            if (view.MentionAt(member) is { Kind: MentionKind.Adjective } adjective && adjective.EntityIds.Count > 0
                && ((view.Tokens[member].Upos != "ADJ" && !view.Children(member, "flat").Any())
                    || (view.Tokens[member].Relation is "amod" or "compound" && view.Head(member) >= 0 && isEventNoun(view.Head(member)))))
            {
                // An adjective used as a noun ("the Americans"), not one the parser made the head of the name it opens; or the
                // author of the act its noun names ("the Russian invasion", "US sanctions").
                ids.AddRange(adjective.EntityIds);
                continue;
            }

            // "We call on ...", "our commitment to ...": in a statement, the issuing government.
            if (view.Tokens[member].Upos == "PRON" && view.Lemma(member) is "we" or "us" or "our" or "ours" or "ourselves")
            {
                ids.AddRange(voices.Issuers);
                continue;
            }

            // "held a call with European leaders", when the article lists the call's participants.
            if (voices.Participants.Count > 0 && view.MentionAt(member) is null or { EntityIds.Count: 0 } or { Kind: MentionKind.Adjective }
                && view.Tokens[member].Xpos == "NNS" && words.Participants.Contains(view.Tokens[member].Form.ToLowerInvariant()))
            {
                ids.AddRange(voices.Participants);
                continue;
            }

            // An event noun's possessor or "of" phrase is its actor or target ("the invasion of Ukraine"), never what the noun stands
            // for, unless the noun stands in for whom it names ("commitment to the defense of Japan"); a name in apposition or
            // an example is whom any noun stands for ("NATO members Norway and Denmark").
            if (view.IsNoun(member) && Apposed(member) is { Count: > 0 } apposed)
            {
                ids.AddRange(apposed);
            }
            else if (view.IsNoun(member) && NamedBy(view.Examples(member)) is { Count: > 0 } examples)
            {
                // "our allies, including Japan": the examples named, whatever act the noun could name.
                ids.AddRange(examples);
            }
            else if (view.IsNoun(member) && words.Undergone.Contains(view.Lemma(member)))
            {
                // "called for X's release": X undergoes the release; who is asked to release X is unsaid.
            }
            else if ((view.IsNoun(member) && (!isEventNoun(member) || words.StandIn.Contains(view.Lemma(member)))) || view.Tokens[member].Upos == "PRON")
            {
                ids.AddRange(NamedInside(member));
            }
        }

        return ids;
    }

    /// <summary>
    /// "our NATO Ally Norway", "fellow EU member Latvia", parsed as one flat chain under the first name: the name after the
    /// role word is whom the chain names; the body before it is what the role is in. Null when the chain is one name.
    /// </summary>
    private IList<string>? NameAfterARole(int token)
    {
        if (view.MentionAt(token) is not { Kind: MentionKind.Name } first)
        {
            return null;
        }

        var flat = view.Children(token, "flat").ToList();
        if (flat.Count < 2 || view.MentionAt(flat[^1]) is not { Kind: MentionKind.Name, EntityIds.Count: > 0 } last || ReferenceEquals(last, first)
            || last.Span.Start < first.Span.End)
        {
            return null;
        }

        bool role = flat.Any(k => view.Tokens[k].Start >= first.Span.End && view.Tokens[k].End <= last.Span.Start && view.MentionAt(k) is null);
        return role ? last.EntityIds : null;
    }

    /// <summary>
    /// "Ethiopia's prime minister, Abiy Ahmed": the name in apposition is whom a noun stands for; "two countries, Vietnam and
    /// Thailand", "fellow NATO members Norway and Denmark": each name it coordinates.
    /// </summary>
    private List<string> Apposed(int noun)
    {
        foreach (int child in view.Children(noun, "appos"))
        {
            if (view.MentionAt(child) is { Kind: not MentionKind.Adjective, EntityIds.Count: > 0 })
            {
                return NamedBy(view.Conjuncts(child));
            }
        }

        // "to three nations: Fiji, Samoa and Tonga", the list hung on a noun before: a list opened by a colon right after
        // the noun spells it out.
        if (noun + 2 < view.Tokens.Count && view.Tokens[noun + 1].Form == ":" && view.Tokens[noun + 2].Relation == "appos"
            && view.MentionAt(noun + 2) is { Kind: not MentionKind.Adjective, EntityIds.Count: > 0 })
        {
            return NamedBy(view.Conjuncts(noun + 2));
        }

        return [];
    }

    /// <summary>The entities the names among <paramref name="tokens"/> stand for, adjectives left out, each once.</summary>
    private List<string> NamedBy(IEnumerable<int> tokens) =>
        tokens.Select(view.MentionAt).OfType<EntityMention>().Where(m => m.Kind != MentionKind.Adjective)
            .SelectMany(m => m.EntityIds).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Entities of a noun's possessor, adjective, compound, "of" or "by" phrase: who "the Iraqi government", "the security of Poland" or "the decision by Egypt" is about.</summary>
    private IEnumerable<string> NamedInside(int noun, int depth = 0)
    {
        if (Apposed(noun) is { Count: > 0 } apposed)
        {
            return apposed;
        }

        // "all parties, including Uganda", "countries such as Chile and Peru": the examples named.
        if (NamedBy(view.Examples(noun)) is { Count: > 0 } examples)
        {
            return examples;
        }

        // "Japanese National Security Secretariat Secretary General X", parsed as one flat chain under the adjective: the
        // chain's last name is whom the phrase names, not the body that opens it.
        var flat = view.Children(noun, "flat").ToList();
        if (flat.Count > 0 && view.MentionAt(flat[^1]) is { Kind: MentionKind.Name, EntityIds.Count: > 0 } whole && !view.IsTitleHolder(whole)
            && whole.Span.Start <= view.Tokens[flat[0]].Start)
        {
            return whole.EntityIds;
        }

        foreach (int child in view.Parse.Children(noun))
        {
            string relation = view.Tokens[child].Relation;

            // "the decision by Saudi Arabia", "the arrest by Belarusian authorities": an act stands for its author.
            if (relation == "nmod" && view.CaseOf(child) == "by")
            {
                if (view.MentionAt(child) is { EntityIds.Count: > 0 } author)
                {
                    return author.EntityIds;
                }

                if (depth == 0 && view.IsNoun(child) && NamedInside(child, depth + 1) is var named && named.Any())
                {
                    return named;
                }
            }

            // "the security of Poland", "forces of Iraq", "representatives from X" stand for whom they name; "the arrest of X" is no act of X's.
            bool standsIn = relation == "nmod" && view.CaseOf(child) is "of" or "from" && words.StandIn.Contains(view.Lemma(noun));
            bool modifier = relation is "nmod:poss" or "amod" or "compound" or "flat" or "appos" || standsIn;
            // A title's holder ("the Secretariat" in "Secretariat Secretary General X") names whose office it is, not whom the noun stands for.
            if (modifier && view.MentionAt(child) is { } mention && mention.EntityIds.Count > 0 && !view.IsTitleHolder(mention))
            {
                // "the defense of Japan and the ROK": an "of" phrase stands for each country it coordinates.
                return standsIn
                    ? view.Conjuncts(child).Select(view.MentionAt).OfType<EntityMention>().SelectMany(m => m.EntityIds).Distinct(StringComparer.Ordinal).ToList()
                    : mention.EntityIds;
            }
        }

        // "met with officials from X", parsed with "from X" on the verb: the phrase right after a stand-in noun the verb
        // reaches through a preposition is still the noun's own.
        if (words.StandIn.Contains(view.Lemma(noun)) && view.BaseRelation(noun) == "obl" && noun + 2 < view.Tokens.Count && view.Tokens[noun + 1].Form.ToLowerInvariant() is "from" or "of"
            && view.Head(noun + 1) is int phrase and > 0 && view.Head(phrase) == view.Head(noun) && view.Head(noun) >= 0
            && view.MentionAt(phrase) is { EntityIds.Count: > 0 })
        {
            return view.Conjuncts(phrase).Select(view.MentionAt).OfType<EntityMention>().SelectMany(m => m.EntityIds).Distinct(StringComparer.Ordinal).ToList();
        }

        return [];
    }

    private List<int> VerbActors(int verb, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        string relation = view.Tokens[verb].Relation;
        if (view.IsPassive(verb))
        {
            if (AgentPhrase(verb) is int agent and >= 0)
            {
                return [agent];
            }

            return relation == "conj" ? VerbActors(view.Head(verb), depth + 1) : [];
        }

        // Two subjects of one verb are a coordination the parser split ("The United States and Britain imposed").
        List<int> subjects = [.. view.Children(verb, "nsubj").Where(c => view.Tokens[c].Relation == "nsubj")];
        if (subjects.Count > 0)
        {
            // "ECOWAS, which imposed sanctions": the relative pronoun stands for the noun the clause modifies.
            return view.IsRelativePronoun(subjects[^1]) && relation == "acl:relcl" ? [view.Described(verb)] : subjects;
        }

        int head = view.Head(verb);
        switch (view.BaseRelation(verb))
        {
            case "xcomp":
                // "urged Iran to stop" (the object acts), "called on Iran to stop", "agreed to cooperate" (the subject acts).
                int controller = view.Child(head, "obj");
                if (controller < 0)
                {
                    controller = view.Child(head, "iobj");
                }

                if (controller < 0)
                {
                    controller = view.Children(head, "obl").FirstOrDefault(c => view.CaseOf(c) is "on" or "upon", -1);
                }

                // "passed a resolution demanding that X withdraw": a participle on an object naming no one is the subject's act.
                if (controller >= 0 && view.Tokens[verb].Xpos == "VBG" && Entities(controller).Count == 0)
                {
                    controller = -1;
                }

                return controller >= 0 ? [controller] : VerbActors(head, depth + 1);
            case "advcl" when PartiesBeforeInfinitive(verb) is { Count: > 0 } parties:
                // "discussed cooperation between A and B to continue supporting X", parsed as a purpose clause: A and B act.
                return parties;
            case "advcl" or "acl" when view.MarkOf(verb) == "to" && InviteeOf(view.BaseRelation(verb) == "acl" ? head : view.Child(head, "obj")) is int invitee and >= 0:
                // "renewed her invitation to X to visit", the clause on the noun or (misparsed) on the verb: X is asked to act.
                return [invitee];
            case "advcl" when view.Children(verb, "mark").Any(m => view.Lemma(m) == "to") && AddresseeOf(head) is int addressee and >= 0:
                // "called on the EU to adopt sanctions", parsed as a purpose clause: the one called on acts.
                return [addressee];
            case "advcl" when view.Tokens[verb].Xpos == "VBG" && view.MarkOf(verb) is "of" or "for" && view.Child(head, "obj") is int obj and >= 0:
                // "accused X of arming Y", "thanked X for supporting Y": the one accused or thanked did it.
                return [obj];
            case "conj":
            case "advcl" when view.Tokens[verb].Xpos is "VBG" or "VBN":
            // A purpose clause is the act of the clause it modifies ("flew to Beijing to meet X", "in order to meet X").
            case "advcl" when view.Children(verb, "mark").Any(m => view.Lemma(m) == "to"):
                return view.IsVerb(head) ? VerbActors(head, depth + 1) : [];
            case "csubj" when view.Child(head, "nmod:poss") is int honored and >= 0:
                // "It is my honor to host X", "it was our privilege to welcome X": whose honor it is acts.
                return [honored];
            case "acl":
                // "A and B's commitment to work together": the noun's owners act; "a relative clause without a
                // pronoun" or "protesters demanding X": the noun acts.
                // "the readiness of the United States to provide aid": an "of" phrase owns the noun as a possessor does.
                int owner = view.Child(head, "nmod:poss") is int poss and >= 0
                    ? poss
                    : view.Children(head, "nmod").FirstOrDefault(c => view.CaseOf(c) == "of" && Entities(c).Count > 0, -1);
                if (view.MarkOf(verb) == "to" && JointParties(head) is { Count: > 0 } joint)
                {
                    // "cooperation between A and B to support X".
                    return joint;
                }

                if (view.Child(head, "cop") >= 0 && view.Children(head, "nsubj").ToList() is [var subject, ..] && view.MarkOf(verb) != "to")
                {
                    // "Ireland has been a leader in providing food to X": the act is the subject's, whom the noun describes.
                    return [subject];
                }

                return owner >= 0 && view.MarkOf(verb) == "to" && !view.IsRelativePronoun(owner) ? [owner] : [head];
            default:
                return [];
        }
    }

    /// <summary>
    /// Who feels what a word of feeling names: its subject, passive or not ("France was alarmed by X", "we are deeply
    /// concerned"); in "remains concerned" or "concerned and alarmed", the subject of the word it completes or joins.
    /// </summary>
    private List<int> FeelingActors(int word)
    {
        List<int> subjects = [.. view.Children(word, "nsubj")];
        if (subjects.Count > 0)
        {
            return view.IsRelativePronoun(subjects[^1]) && view.Tokens[word].Relation == "acl:relcl" ? [view.Head(word)] : subjects;
        }

        int head = view.Head(word);
        return head >= 0 && view.BaseRelation(word) is "xcomp" or "conj" ? VerbActors(head, 1) : [];
    }

    /// <summary>
    /// Whom a verb of asking addresses by its "on" phrase ("called on X", "prevailed upon X"), or -1. An object is left
    /// alone: in "met X to discuss Y" the purpose is both sides'.
    /// </summary>
    private int AddresseeOf(int verb) =>
        view.IsVerb(verb) ? view.Children(verb, "obl").FirstOrDefault(c => view.CaseOf(c) is "on" or "upon", -1) : -1;

    /// <summary>Whom a noun of asking addresses by its "to" phrase ("an invitation to X", "a call to X"), or -1.</summary>
    private int InviteeOf(int noun) =>
        noun >= 0 && words.Inviting.Contains(view.Lemma(noun))
            ? view.Children(noun, "nmod").FirstOrDefault(c => view.CaseOf(c) == "to" && Entities(c).Count > 0, -1)
            : -1;

    /// <summary>The verb whose object the noun is, itself or as a later conjunct of the object ("provided aid and support"); -1 for none.</summary>
    private int GoverningVerb(int noun)
    {
        int obj = view.Tokens[noun].Relation == "conj" && view.Head(noun) >= 0 && view.IsNoun(view.Head(noun)) ? view.Head(noun) : noun;
        return view.Tokens[obj].Relation == "obj" ? view.Head(obj) : -1;
    }

    private List<int> NounActors(int noun, bool symmetric)
    {
        var actors = new List<int>();
        foreach (int child in view.Parse.Children(noun))
        {
            string relation = view.Tokens[child].Relation;
            if (relation == "nmod:poss" || (relation == "nmod" && view.CaseOf(child) == "by"))
            {
                return [child];
            }

            // "US sanctions", "Russian strikes": a named modifier acts.
            if (relation is "amod" or "compound" && view.MentionAt(child) is { EntityIds.Count: > 0 })
            {
                actors.Add(child);
            }

            // "the attack launched by the Houthis", "strikes carried out by X": the agent of a participle on the act.
            if (relation == "acl" && view.Tokens[child].Xpos == "VBN" && AgentPhrase(child) is int byAgent and >= 0)
            {
                return [byAgent];
            }

            // "the joint efforts of A and B", "talks of A and B": the parties of a joint act named in its "of" phrase.
            if (symmetric && relation == "nmod" && view.CaseOf(child) == "of" && view.Conjuncts(child).Count >= 2)
            {
                actors.AddRange(view.Conjuncts(child));
            }
        }

        // "X is on a visit to Y", "X is in talks with Y": the subject of the clause the noun is the predicate of.
        if (actors.Count == 0 && view.Child(noun, "cop") >= 0 && view.Children(noun, "nsubj").ToList() is [var subject, ..] && !view.IsRelativePronoun(subject))
        {
            return [subject];
        }

        // "condemned the attack on X by Y", parsed with the "by" phrase on the verb: an active verb has no agent, so it is the act's.
        if (actors.Count == 0 && GoverningVerb(noun) is int governor and >= 0 && !view.IsPassive(governor)
            && view.Children(governor, "obl").FirstOrDefault(c => view.CaseOf(c) == "by" && c > noun, -1) is int agent and >= 0)
        {
            return [agent];
        }

        // "launched an offensive against X", "provided aid and support to X": a support verb lends the noun its subject.
        if (actors.Count == 0 && GoverningVerb(noun) is int verb and >= 0 && words.Support.Contains(view.Lemma(verb)))
        {
            return VerbActors(verb, 0);
        }

        // "is turning to attacks against X", "resorted to strikes on X": the act the subject turns to is its own.
        if (actors.Count == 0 && view.BaseRelation(noun) == "obl" && view.CaseOf(noun) == "to" && view.IsVerb(view.Head(noun))
            && words.Recourse.Contains(view.Lemma(view.Head(noun))))
        {
            return VerbActors(view.Head(noun), 0);
        }

        // "claimed responsibility for the attack on X": whoever claims an act as theirs did it.
        if (actors.Count == 0 && view.CaseOf(noun) == "for" && ClaimingVerb(noun) is int claim and >= 0)
        {
            return VerbActors(claim, 0);
        }

        // "arrived for talks with X", "is in negotiations with X": a joint act the clause's subject takes part in.
        if (actors.Count == 0 && symmetric && view.BaseRelation(noun) == "obl" && view.IsVerb(view.Head(noun)))
        {
            return VerbActors(view.Head(noun), 0);
        }

        return actors;
    }

    /// <summary>
    /// "The visit of X to Y", "the trip of X to Y": an act whose target the pattern marks by a preposition other than
    /// "of" has its actor in an "of" phrase, when the act's target is named too (on the noun or, misparsed, on that phrase).
    /// </summary>
    private List<int> OfActor(int noun, EventPattern pattern)
    {
        int of = OfPhrase(noun, pattern);
        bool targeted = of >= 0 && view.Children(noun, "nmod").Concat(view.Children(of, "nmod"))
            .Any(c => c != of && view.CaseOf(c) is { } marker && pattern.Target.Prepositions.Contains(marker) && Entities(c).Count > 0);
        return targeted ? [of] : [];
    }

    /// <summary>The noun's "of" phrase naming someone, when the pattern marks its target by other prepositions only; or -1.</summary>
    private int OfPhrase(int noun, EventPattern pattern) =>
        pattern.Target.Prepositions.Count > 0 && !pattern.Target.Prepositions.Contains("of") && !words.Undergone.Contains(view.Lemma(noun))
            ? view.Children(noun, "nmod").FirstOrDefault(c => view.CaseOf(c) == "of" && Entities(c).Count > 0, -1)
            : -1;

    /// <summary>
    /// The verb claiming the act its "for" phrase names: "claimed responsibility for X" (the phrase on the verb or on its
    /// object), "took credit for X"; or -1.
    /// </summary>
    private int ClaimingVerb(int noun)
    {
        int head = view.Head(noun);
        if (head < 0)
        {
            return -1;
        }

        if (view.IsNoun(head) && words.Claimed.Contains(view.Lemma(head)) && view.BaseRelation(head) == "obj")
        {
            return view.Head(head);
        }

        return view.IsVerb(head) && view.Children(head, "obj").Any(o => words.Claimed.Contains(view.Lemma(o))) ? head : -1;
    }

    /// <summary>The parties a joint noun names in its "between" phrase ("cooperation between A and B"), or none.</summary>
    private List<int> JointParties(int noun) =>
        view.Children(noun, "nmod").Where(c => view.CaseOf(c) == "between").SelectMany(view.Conjuncts).Take(8).ToList();

    /// <summary>The "between" parties of the noun right before an infinitive's "to" ("cooperation between A and B to ..."), or none.</summary>
    private List<int> PartiesBeforeInfinitive(int verb) => view.NounBeforeInfinitive(verb) is int noun and >= 0 ? JointParties(noun) : [];

    private int DirectTarget(int verb, int depth)
    {
        if (depth > MaxDepth)
        {
            return -1;
        }

        string relation = view.Tokens[verb].Relation;
        if (view.IsPassive(verb))
        {
            int subject = view.Child(verb, "nsubj:pass");
            if (subject >= 0)
            {
                return view.IsRelativePronoun(subject) && relation == "acl:relcl" ? view.Head(verb) : subject;
            }

            // "militias backed by Iran": the participle's noun is acted on.
            return relation == "acl" ? view.Head(verb) : relation == "conj" ? DirectTarget(view.Head(verb), depth + 1) : -1;
        }

        int obj = view.Child(verb, "obj");
        if (obj < 0)
        {
            // "urged Serbia to ...": an object followed by a complement is often read as the indirect object.
            obj = view.Child(verb, "iobj");
        }

        if (obj < 0)
        {
            // A bare noun right after the verb that the parser hung on it some other way ("warned Athens" as a modifier) is its object.
            obj = view.Parse.Children(verb).FirstOrDefault(
                c => c > verb && view.IsNoun(c) && view.Child(c, "case") < 0 && view.BaseRelation(c) is "advmod" or "dep" or "xcomp" or "obl"
                    && view.Tokens[c].Relation is not ("obl:tmod" or "obl:unmarked" or "obl:npmod")
                    && !view.Tokens.Skip(verb + 1).Take(c - verb - 1).Any(t => t.Upos is "VERB" or "PUNCT" or "ADP"),
                -1);
        }

        return obj >= 0 && view.IsRelativePronoun(obj) && relation == "acl:relcl" ? view.Head(verb) : obj;
    }
}
