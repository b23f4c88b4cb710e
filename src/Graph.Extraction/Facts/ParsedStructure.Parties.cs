using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>People named with the party or body they belong to.</summary>
internal sealed partial class ParsedStructure
{
    /// <summary>
    /// "The Green Party candidate Ada Roe", "Ada Roe, a lawmaker from the Green Party", "Labour's Ada Roe", "Ada Roe of (from) the Labour Party", "Democrat Ada Roe", "Ada
    /// Roe (Civic Union)": a person named with a party is its member; so is a body's untitled person ("Ada Roe of the Tenants
    /// Union"), where a title would say which office they hold there instead.
    /// </summary>
    private void PartyMember(ClauseView view, int k, List<StructuralClaim> claims)
    {
        EntityMention? person = null;
        EntityMention? party = null;
        if (view.MentionAt(k) is { Kind: MentionKind.Adjective, EffectiveType: EntityType.Organization } word && view.Tokens[k].End == word.Span.End
            && IsParty(view, word))
        {
            // "Democrat Ada Roe", "Ada Roe, a Republican,", "Roe is a Democrat": the party's word for its members.
            party = word;
            person = k + 1 < view.Tokens.Count && view.MentionAt(k + 1) is { } next && IsPerson(next) && next.Span.Start == view.Tokens[k + 1].Start
                ? next
                : AppositionBefore(view, k) is { } named && IsPerson(named) && view.Tokens[k - 1].Upos == "DET"
                    ? named
                    : view.Child(k, "cop") >= 0 ? view.Children(k, "nsubj").Select(view.MentionAt).FirstOrDefault(IsPerson) : null;
        }
        else if (IsPerson(view.MentionAt(k)) && HeadToken(view, view.MentionAt(k)!) == k)
        {
            person = view.MentionAt(k)!;
            bool untitled = person.Title is null;
            bool Belongs(EntityMention? m) =>
                m is { EffectiveType: EntityType.Organization or EntityType.Group, Kind: MentionKind.Name } && (untitled || IsParty(view, m));

            party = new[] { NamedWith(view, person), PossessorBefore(view, person), BracketedAfter(view, person), SharedBody(view, k) }
                .FirstOrDefault(Belongs);
        }
        else if (view.Tokens[k].Upos == "NOUN")
        {
            // "the Green Party candidate, Ada Roe": a noun the party modifies describes the person.
            // "a lawmaker from (of, for) the ruling Civic Party, Ada Roe": a party-role noun's party follows it too.
            bool partyRole = _words.PartyRole.Contains(view.Lemma(k));
            party = view.Parse.Children(k)
                .Where(c => view.Tokens[c].Relation is "compound" or "nmod:poss"
                            || (partyRole && view.BaseRelation(c) == "nmod" && view.CaseOf(c) is "from" or "of" or "for"))
                .Select(view.MentionAt).FirstOrDefault(m => m is { EffectiveType: EntityType.Organization, Kind: MentionKind.Name } && (partyRole || IsParty(view, m)));
            person = party is null ? null : PersonFor(view, k);
        }

        if (person is not null && party is not null && party.EntityIds.Count > 0 && !Inside(view, HeadToken(view, party), person))
        {
            claims.Add(new StructuralClaim(person, Predicate.MemberOf, party, null));
        }
    }

    /// <summary>True for a political party: the gazetteer lists it, or its name or the noun it modifies says "party".</summary>
    private bool IsParty(ClauseView view, EntityMention body)
    {
        if (body.Name?.EndsWith(" Party", StringComparison.OrdinalIgnoreCase) == true || (body.Name is { } name && _gazetteer.IsParty(name)))
        {
            return true;
        }

        int head = HeadToken(view, body);
        return head >= 0 && view.Head(head) >= 0 && view.Tokens[head].Relation == "compound" && view.Lemma(view.Head(head)) == "party";
    }

    /// <summary>"Ada Roe of the Civic Union", "Ada Roe from the Civic Union", "the Civic Union's Ada Roe" on the parse.</summary>
    private static EntityMention? NamedWith(ClauseView view, EntityMention person) =>
        DependentsOf(view, person)
            .Where(c => view.Tokens[c].Relation == "nmod:poss" || (view.BaseRelation(c) == "nmod" && view.CaseOf(c) is "of" or "from"))
            .Select(view.MentionAt).FirstOrDefault(m => m is not null);

    /// <summary>
    /// "Ada Roe and Tim Lee of the Civic Union", "the Civic Union's Ada Roe and Tim Lee": a body named after the last of
    /// coordinated people or before the first is theirs all.
    /// </summary>
    private static EntityMention? SharedBody(ClauseView view, int k)
    {
        int root = k;
        while (view.Tokens[root].Relation == "conj" && view.Head(root) >= 0)
        {
            root = view.Head(root);
        }

        var people = view.Conjuncts(root).Select(view.MentionAt).OfType<EntityMention>().Where(IsPerson).Distinct().ToList();
        return people.Count < 2 ? null : NamedWith(view, people[^1]) ?? PossessorBefore(view, people[0]);
    }

    /// <summary>The dependents of a mention's words that lie outside it (the parser may hang them on any of its words).</summary>
    private static IEnumerable<int> DependentsOf(ClauseView view, EntityMention mention) =>
        Enumerable.Range(0, view.Tokens.Count)
            .Where(t => Inside(view, t, mention))
            .SelectMany(view.Parse.Children)
            .Where(c => !Inside(view, c, mention));

    /// <summary>"the Tenants Union's Ada Roe": the name right before the possessive ending that precedes the mention.</summary>
    private static EntityMention? PossessorBefore(ClauseView view, EntityMention mention)
    {
        int first = Enumerable.Range(0, view.Tokens.Count).FirstOrDefault(t => Inside(view, t, mention), -1);
        return first >= 2 && view.Tokens[first - 1].Form is "'s" or "’s" && view.MentionAt(first - 2) is { } owner
            && owner.Span.End == view.Tokens[first - 2].End ? owner : null;
    }

    /// <summary>"Ada Roe (Civic Union)": a name in brackets right after the mention, filling them.</summary>
    private static EntityMention? BracketedAfter(ClauseView view, EntityMention mention)
    {
        int after = Enumerable.Range(0, view.Tokens.Count).FirstOrDefault(t => view.Tokens[t].Start >= mention.Span.End, -1);
        if (after < 0 || after + 2 >= view.Tokens.Count || view.Tokens[after].Form != "(" || view.MentionAt(after + 1) is not { } inner
            || inner.Span.Start != view.Tokens[after + 1].Start)
        {
            return null;
        }

        int close = Enumerable.Range(after + 1, view.Tokens.Count - after - 1).FirstOrDefault(t => view.Tokens[t].Start >= inner.Span.End, -1);
        return close > 0 && view.Tokens[close].Form == ")" ? inner : null;
    }
}
