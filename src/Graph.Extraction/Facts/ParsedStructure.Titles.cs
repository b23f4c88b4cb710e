using Graph.Extraction.Events;
using Graph.Extraction.Internal;
using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>Titles on the parse: the person a title noun describes, and whose office it is.</summary>
internal sealed partial class ParsedStructure
{
    private void Title(ClauseView view, int k, List<StructuralClaim> claims)
    {
        EntityMention? person = PersonFor(view, k);
        if (person is null)
        {
            return;
        }

        string title = TitleText(view, k);
        bool local = _gazetteer.IsLocalOffice(title);
        EntityMention? holder = HolderOf(view, k, person, local);
        if (holder is null || (local && holder.EffectiveType == EntityType.Country))
        {
            // A city's or a region's office is no country's, even where a capital names its government ("Lisbon Mayor X").
            return;
        }

        bool party = IsParty(view, holder);
        if (title.ToLowerInvariant() is "leader" or "head" or "chief" && PartyOffices.LeaderPredicate(holder.EffectiveType, party) == Predicate.Leads)
        {
            claims.Add(new StructuralClaim(person, Predicate.Leads, holder, null));
            return;
        }

        if (!party || PartyOffices.IsHeldInTheParty(title))
        {
            claims.Add(new StructuralClaim(person, Predicate.HoldsPosition, holder, title));
        }

        if (party)
        {
            // A position in a party ("the party's chairman") is held by one of its members, as is a public office won
            // for it ("the Green Party's senator").
            claims.Add(new StructuralClaim(person, Predicate.MemberOf, holder, null));
        }
    }

    /// <summary>The named person a title noun describes: the name it sits in or modifies, its apposition, or the name right after it.</summary>
    private static EntityMention? PersonFor(ClauseView view, int k)
    {
        if (IsPerson(view.MentionAt(k)) && Inside(view, k, view.MentionAt(k)!))
        {
            return view.MentionAt(k);
        }

        int head = view.Head(k);
        // "President X", "X, the president of Y": the title modifies the name or stands beside it.
        if (head >= 0 && view.BaseRelation(k) is "compound" or "flat" or "nmod" or "appos" && view.CaseOf(k) is null
            && view.Tokens[k].Relation != "nmod:poss" && IsPerson(view.MentionAt(head)))
        {
            return view.MentionAt(head);
        }

        // "the Peruvian president, X": the name stands in apposition to the title.
        foreach (int child in view.Children(k, "appos", "flat", "compound"))
        {
            if (IsPerson(view.MentionAt(child)))
            {
                return view.MentionAt(child);
            }
        }

        // A name right after its title belongs to it even where the parser attached it elsewhere.
        if (k + 1 < view.Tokens.Count && view.MentionAt(k + 1) is { } next && IsPerson(next) && next.Span.Start == view.Tokens[k + 1].Start)
        {
            return next;
        }

        if (AppositionBefore(view, k) is { } named && IsPerson(named))
        {
            return named;
        }

        return AppositionAfter(view, k) ?? SubjectHolding(view, k);
    }

    /// <summary>
    /// "X is the finance minister of Y", "X served as minister", "X became president", "X was elected president": the
    /// subject of the clause the title completes.
    /// </summary>
    private static EntityMention? SubjectHolding(ClauseView view, int k)
    {
        int clause = -1;
        if (view.Child(k, "cop") >= 0)
        {
            clause = k;
        }
        else if (view.Head(k) is int head and >= 0 && view.IsVerb(head) && PersonEvidence.OfficeVerbs.Contains(view.Lemma(head))
                 && (view.BaseRelation(k) is "xcomp" or "obj" || (view.BaseRelation(k) == "obl" && view.CaseOf(k) == "as")))
        {
            clause = head;
        }

        return clause < 0 ? null : view.Children(clause, "nsubj").Select(view.MentionAt).FirstOrDefault(IsPerson);
    }

    /// <summary>"the chief executive of Y, X, said": a name set off by a comma right after the title's phrase, however the parser attached it.</summary>
    private static EntityMention? AppositionAfter(ClauseView view, int k)
    {
        int end = LastOfSubtree(view, k, 0);
        if (end + 2 >= view.Tokens.Count || view.Tokens[end + 1].Form != "," || view.MentionAt(end + 2) is not { } next || !IsPerson(next)
            || next.Span.Start != view.Tokens[end + 2].Start)
        {
            return null;
        }

        // The name must be closed off too ("..., X, said"), or it may start a list.
        int after = Array.FindIndex(view.Tokens.ToArray(), t => t.Start >= next.Span.End);
        return after >= 0 && view.Tokens[after].Form is "," or ")" ? next : null;
    }

    /// <summary>The last token of the phrase headed by <paramref name="k"/>, leaving out a person the parser hung inside it.</summary>
    private static int LastOfSubtree(ClauseView view, int k, int depth)
    {
        int last = k;
        foreach (int child in view.Parse.Children(k))
        {
            bool inside = child > k && depth < 8 && view.Tokens[child].Relation != "punct" && !IsPerson(view.MentionAt(child));
            if (inside)
            {
                last = Math.Max(last, LastOfSubtree(view, child, depth + 1));
            }
        }

        return last;
    }

    /// <summary>"X, the foreign minister", "X, a member", "X, 19, a student": the mention just before the comma that opens the noun phrase of token <paramref name="k"/>.</summary>
    private static EntityMention? AppositionBefore(ClauseView view, int k)
    {
        int j = FirstOfPhrase(view, k) - 1;
        if (j >= 0 && view.Tokens[j].Upos == "DET")
        {
            j--;
        }

        if (j >= 3 && view.Tokens[j].Form == "," && view.Tokens[j - 1].Upos == "NUM" && view.Tokens[j - 2].Form == ",")
        {
            // "X, 19, a member of Y": an age between the name and its description.
            j -= 2;
        }
        else if (j >= 3 && view.Tokens[j].Form == "," && GenerationalSuffix.Is(view.Tokens[j - 1].Form) && view.Tokens[j - 2].Form == ",")
        {
            // "Joseph R. Biden, Jr., President of Y": the name's suffix between it and its description.
            j -= 2;
        }

        if (j < 1 || view.Tokens[j].Form != "," || view.MentionAt(j - 1) is not { } mention || mention.Span.End != view.Tokens[j - 1].End)
        {
            return null;
        }

        return mention;
    }

    /// <summary>The first token of the modifiers before a title noun: lower-case adjectives and nouns and the words joining them ("interior and overseas minister").</summary>
    private static int FirstOfPhrase(ClauseView view, int k)
    {
        int start = k;
        while (start > 0 && k - start < 4 && (view.MentionAt(start - 1) is null || view.MentionAt(start - 1) == view.MentionAt(k))
               && (view.Tokens[start - 1].Upos is "ADJ" or "CCONJ" && !char.IsUpper(view.Tokens[start - 1].Form[0])
                   // A noun belongs to the title only as its modifier ("finance minister", "economy and finance minister"),
                   // never as the head of another phrase ("the president met Senator X").
                   || (view.Tokens[start - 1].Upos is "NOUN" or "PROPN"
                       && ((view.Head(start - 1) >= start && view.Head(start - 1) <= k) || view.Tokens[start].Upos == "CCONJ"
                           || (view.MentionAt(k) is { } own && Inside(view, start - 1, own))))
                   // "Prime Minister" parsed as an adjective with the noun flat on it: one phrase.
                   || (view.Tokens[start].Relation == "flat" && view.Head(start) == start - 1 && view.MentionAt(start - 1) is null)))
        {
            start--;
        }

        return view.Tokens[start].Upos == "CCONJ" ? start + 1 : start;
    }

    /// <summary>"France's interior minister", "the Peruvian president": a possessor or adjective right before the title's modifiers.</summary>
    private static EntityMention? HolderBefore(ClauseView view, int k)
    {
        int j = FirstOfPhrase(view, k) - 1;
        if (j >= 1 && view.Tokens[j].Form is "'s" or "’s" or "'")
        {
            j--;
        }

        return j >= 0 && view.MentionAt(j) is { } mention && IsBody(mention) && mention.Span.End == view.Tokens[j].End ? mention : null;
    }

    /// <summary>
    /// Whose office: the title's possessor, "of" phrase, adjective or compound; else an "of" phrase on the name ("President X
    /// of Y"). A body holds offices; so does a city or a region hold a <paramref name="local"/> one ("Mayor X of Porto").
    /// </summary>
    private EntityMention? HolderOf(ClauseView view, int k, EntityMention person, bool local)
    {
        bool IsBody(EntityMention mention) =>
            ParsedStructure.IsBody(mention) || (local && mention.EffectiveType is EntityType.City or EntityType.Region && mention.EntityIds.Count > 0);

        foreach (int child in view.Parse.Children(k))
        {
            string relation = view.Tokens[child].Relation;
            // "the spokesman for the ministry", "a representative for the sheriff's office" name whose too.
            bool holds = relation is "nmod:poss" or "amod" or "compound" || (view.BaseRelation(child) == "nmod" && view.CaseOf(child) is "of" or "for");
            if (holds && view.MentionAt(child) is { } mention && IsBody(mention) && !Inside(view, child, person))
            {
                return mention;
            }
        }

        // "President X of Y": an "of" phrase on the name, right after it (in a long list the parser may hang a later
        // name's "of" phrase on the first).
        int name = HeadToken(view, person);
        int after = Array.FindIndex(view.Tokens.ToArray(), t => t.Start >= person.Span.End);
        foreach (int child in name < 0 ? [] : view.Children(name, "nmod"))
        {
            if (view.CaseOf(child) == "of" && view.Child(child, "case") == after && view.MentionAt(child) is { } mention && IsBody(mention))
            {
                return mention;
            }
        }

        // "President X of the Philippines", "X, Prime Minister of Japan" where the parser attached the "of" phrase elsewhere.
        foreach (int of in new[] { after, k + 1 })
        {
            if (of >= 0 && of + 1 < view.Tokens.Count && view.Tokens[of].Form == "of")
            {
                int next = view.Tokens[of + 1].Upos == "DET" ? of + 2 : of + 1;
                if (next < view.Tokens.Count && view.MentionAt(next) is { Kind: not MentionKind.Adjective } named && IsBody(named)
                    && named.Span.Start == view.Tokens[next].Start)
                {
                    return named;
                }

                // "President of the Federal Republic of Nigeria", "of the Arab Republic of Egypt": a state's formal name ends in the country's.
                int last = next;
                while (last + 1 < view.Tokens.Count && (char.IsUpper(view.Tokens[last + 1].Form[0]) || view.Tokens[last + 1].Form == "of")
                       && view.MentionAt(last) is null or { Kind: MentionKind.Adjective })
                {
                    last++;
                }

                if (last > next && view.MentionAt(last) is { EffectiveType: EntityType.Country } country && view.Tokens[last - 1].Form == "of"
                    && country.EntityIds.Count > 0)
                {
                    return country;
                }

                // "of the Argentine Republic": a state's adjective before the word for a state.
                if (view.MentionAt(next) is { Kind: MentionKind.Adjective, EffectiveType: EntityType.Country } adjective && adjective.EntityIds.Count > 0
                    && next + 1 < view.Tokens.Count && _words.StateForm.Contains(view.Tokens[next + 1].Form))
                {
                    return adjective;
                }
            }
        }

        // Where the parser split the phrase, the words before the title still say whose it is.
        return HolderBefore(view, k) is { } before && !Inside(view, k, before) ? before : null;
    }

    /// <summary>The title as written, from its first modifier that is no entity to the title noun, in the gazetteer's spelling when it has one.</summary>
    private string TitleText(ClauseView view, int k)
    {
        int start = FirstOfPhrase(view, k);
        string[] words = Enumerable.Range(start, k - start + 1).Select(i => view.Tokens[i].Form).ToArray();
        foreach (TitleEntry entry in _gazetteer.TitlesStartingWith(words[0].ToLowerInvariant()))
        {
            if (entry.Tokens.Count == words.Length && entry.Tokens.Select((w, i) => string.Equals(w, words[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                return entry.Title;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>A title the tagger read as an adjective but the parse uses as a noun ("the chief executive said").</summary>
    private static bool IsNominalAdjective(ClauseView view, int k) =>
        view.Tokens[k].Upos == "ADJ" && view.BaseRelation(k) is "nsubj" or "obj" or "iobj" or "obl" or "nmod" or "appos";
}
