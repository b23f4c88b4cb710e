using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>
/// Structural facts read off the dependency parse: a title noun attached to a person ("Foreign Minister X",
/// "X, the foreign minister of Y", "Y's foreign minister X", "President X of Y", "the Y president, X") held
/// in the title's possessor, "of" phrase, adjective or compound; "X, a member of Y" and "Y member X";
/// "X, who leads Y"; "City, Country" and "the town of X in Y".
/// </summary>
internal sealed class ParsedStructure
{
    private static readonly HashSet<string> LeadVerbs = new(StringComparer.Ordinal) { "lead", "head", "chair" };
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal) { "town", "city", "village", "province", "region", "district" };

    private readonly Gazetteer _gazetteer;
    private readonly HashSet<string> _titleHeads;

    /// <summary>Creates the reader; title heads are the last words of the gazetteer's office, style and role titles.</summary>
    public ParsedStructure(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        var titles = gazetteer.Titles.Where(t => t.Kind is TitleKind.Office or TitleKind.Style or TitleKind.Role).ToList();
        _titleHeads = titles.Select(HeadWord).ToHashSet(StringComparer.Ordinal);

        // The parse keeps a hyphenated title whole ("co-founder"), where the gazetteer's tokens split it.
        _titleHeads.UnionWith(titles.Where(t => t.Tokens.Contains("-")).Select(t => string.Concat(t.Tokens).ToLowerInvariant()));
    }

    /// <summary>The noun a title is built on: its last word, or the word before "of" ("Secretary of State").</summary>
    private static string HeadWord(TitleEntry title)
    {
        int of = title.Tokens.Select(w => w.ToLowerInvariant()).ToList().IndexOf("of");
        return (of > 0 ? title.Tokens[of - 1] : title.Tokens[^1]).ToLowerInvariant();
    }

    /// <summary>The structural facts the parse of one sentence states.</summary>
    public List<StructuralClaim> Find(ClauseView view)
    {
        var claims = new List<StructuralClaim>();
        for (int k = 0; k < view.Tokens.Count; k++)
        {
            string word = view.Tokens[k].Form.ToLowerInvariant();
            if (view.Tokens[k].Upos is "NOUN" or "PROPN" && word is "member" or "members")
            {
                Members(view, k, claims);
            }
            else if ((view.Tokens[k].Upos is "NOUN" or "PROPN" || IsNominalAdjective(view, k)) && _titleHeads.Contains(word))
            {
                Title(view, k, claims);
            }
            else if (view.IsVerb(k) && LeadVerbs.Contains(view.Lemma(k)))
            {
                Leader(view, k, claims);
            }
            else if (view.IsNoun(k) && PlaceNouns.Contains(view.Lemma(k)))
            {
                TownOf(view, k, claims);
            }

            CityComma(view, k, claims);
        }

        return claims;
    }

    private void Title(ClauseView view, int k, List<StructuralClaim> claims)
    {
        EntityMention? person = PersonFor(view, k);
        if (person is null)
        {
            return;
        }

        EntityMention? holder = HolderOf(view, k, person);
        if (holder is null)
        {
            return;
        }

        string title = TitleText(view, k);
        if (title.Equals("leader", StringComparison.OrdinalIgnoreCase) && holder.EffectiveType is EntityType.Group or EntityType.Organization)
        {
            claims.Add(new StructuralClaim(person, Predicate.Leads, holder, null));
            return;
        }

        claims.Add(new StructuralClaim(person, Predicate.HoldsPosition, holder, title));
        if (IsParty(view, holder))
        {
            // A position in a party ("the party's chairman") is held by one of its members.
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

        return AppositionAfter(view, k);
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

    /// <summary>"X, the foreign minister", "X, a member": the mention just before the comma that opens the noun phrase of token <paramref name="k"/>.</summary>
    private static EntityMention? AppositionBefore(ClauseView view, int k)
    {
        int j = FirstOfPhrase(view, k) - 1;
        if (j >= 0 && view.Tokens[j].Upos == "DET")
        {
            j--;
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
                           || (view.MentionAt(k) is { } own && Inside(view, start - 1, own))))))
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

    /// <summary>Whose office: the title's possessor, "of" phrase, adjective or compound; else an "of" phrase on the name ("President X of Y").</summary>
    private static EntityMention? HolderOf(ClauseView view, int k, EntityMention person)
    {
        foreach (int child in view.Parse.Children(k))
        {
            string relation = view.Tokens[child].Relation;
            bool holds = relation is "nmod:poss" or "amod" or "compound" || (view.BaseRelation(child) == "nmod" && view.CaseOf(child) == "of");
            if (holds && view.MentionAt(child) is { } mention && IsBody(mention) && !Inside(view, child, person))
            {
                return mention;
            }
        }

        int name = HeadToken(view, person);
        foreach (int child in name < 0 ? [] : view.Children(name, "nmod"))
        {
            if (view.CaseOf(child) == "of" && view.MentionAt(child) is { } mention && IsBody(mention))
            {
                return mention;
            }
        }

        // "President X of the Philippines" where the parser attached the "of" phrase elsewhere.
        int after = Array.FindIndex(view.Tokens.ToArray(), t => t.Start >= person.Span.End);
        if (after >= 0 && view.Tokens[after].Form == "of" && after + 1 < view.Tokens.Count)
        {
            int next = view.Tokens[after + 1].Upos == "DET" ? after + 2 : after + 1;
            if (next < view.Tokens.Count && view.MentionAt(next) is { } named && IsBody(named) && named.Span.Start == view.Tokens[next].Start)
            {
                return named;
            }
        }

        // Where the parser split the phrase, the words before the title still say whose it is.
        return HolderBefore(view, k) is { } before && !Inside(view, k, before) ? before : null;
    }

    /// <summary>"X, a member of Y", "as a member of Y, X ...", "Y member X".</summary>
    private static void Members(ClauseView view, int k, List<StructuralClaim> claims)
    {
        EntityMention? body = null;
        foreach (int child in view.Parse.Children(k))
        {
            bool names = view.Tokens[child].Relation is "compound" || (view.BaseRelation(child) == "nmod" && view.CaseOf(child) == "of");
            if (names && view.MentionAt(child) is { } mention && mention.EffectiveType is EntityType.Organization or EntityType.Group)
            {
                body = mention;
            }
        }

        if (body is null)
        {
            return;
        }

        var members = new List<int>();
        int head = view.Head(k);
        if (head >= 0 && view.BaseRelation(k) is "appos" or "compound" or "flat" or "nmod" && view.CaseOf(k) is null)
        {
            members.AddRange(view.Conjuncts(head));
        }
        else if (head >= 0 && view.CaseOf(k) == "as")
        {
            // "As a member of Y, X agreed": the member is the clause's subject.
            members.AddRange(view.Children(head, "nsubj").SelectMany(view.Conjuncts));
        }

        members.AddRange(view.Children(k, "appos"));
        if (members.Count == 0 && AppositionBefore(view, k) is { } named && HeadToken(view, named) is int token and >= 0)
        {
            // "X, a member of Y" where the parser attached the apposition elsewhere.
            members.Add(token);
        }

        foreach (int member in members)
        {
            if (view.MentionAt(member) is { } mention && mention != body && mention.EntityIds.Count > 0)
            {
                claims.Add(new StructuralClaim(mention, Predicate.MemberOf, body, null));
            }
        }
    }

    /// <summary>"X, who leads Y", "X heads Y": a person leading an organization or group.</summary>
    private static void Leader(ClauseView view, int k, List<StructuralClaim> claims)
    {
        int subject = view.Children(k, "nsubj").DefaultIfEmpty(-1).First();
        if (subject < 0)
        {
            return;
        }

        EntityMention? person = view.IsRelativePronoun(subject) && view.Head(k) >= 0 ? view.MentionAt(view.Head(k)) : view.MentionAt(subject);
        if (!IsPerson(person))
        {
            return;
        }

        foreach (int obj in view.Children(k, "obj"))
        {
            EntityMention? led = view.MentionAt(obj) ?? view.Children(obj, "compound").Select(view.MentionAt).FirstOrDefault(m => m is not null);
            if (led is { EffectiveType: EntityType.Organization or EntityType.Group } && led.EntityIds.Count > 0)
            {
                claims.Add(new StructuralClaim(person!, Predicate.Leads, led, null));
            }
        }
    }

    /// <summary>"the town of X in Y": the place named by the noun lies in the place its "in" phrase names.</summary>
    private static void TownOf(ClauseView view, int k, List<StructuralClaim> claims)
    {
        EntityMention? place = null;
        EntityMention? container = null;
        foreach (int child in view.Children(k, "nmod"))
        {
            EntityMention? mention = view.MentionAt(child);
            if (view.CaseOf(child) == "of" && mention?.EffectiveType is EntityType.City or EntityType.Region)
            {
                place = mention;
            }
            else if (view.CaseOf(child) == "in" && mention?.EffectiveType is EntityType.Country or EntityType.Region)
            {
                container = mention;
            }
        }

        if (place is not null && container is not null && place.EntityIds.Count > 0 && container.EntityIds.Count > 0)
        {
            claims.Add(new StructuralClaim(place, Predicate.LocatedIn, container, null));
        }
    }

    /// <summary>"Irving, Texas", "Sydney, Australia": a city followed by a comma and the country or region it lies in.</summary>
    private static void CityComma(ClauseView view, int k, List<StructuralClaim> claims)
    {
        if (view.MentionAt(k) is not { EffectiveType: EntityType.City } city || city.EntityIds.Count == 0 || view.Tokens[k].End != city.Span.End
            || k + 2 >= view.Tokens.Count || view.Tokens[k + 1].Form != ",")
        {
            return;
        }

        if (view.MentionAt(k + 2) is { EffectiveType: EntityType.Country or EntityType.Region } container && container.Span.Start == view.Tokens[k + 2].Start
            && container.EntityIds.Count > 0 && container.Kind == MentionKind.Name)
        {
            claims.Add(new StructuralClaim(city, Predicate.LocatedIn, container, null));
        }
        else if (view.MentionAt(k + 2) is null && view.Tokens[k + 2].Upos == "PROPN"
                 && (k + 3 == view.Tokens.Count || view.Tokens[k + 3].Upos == "PUNCT"))
        {
            // "Springfield, Illinois," names the city's container even when it is no known place: nothing is inferred over it.
            claims.Add(new StructuralClaim(city, Predicate.LocatedIn, city, null));
        }
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

    /// <summary>True for a political party: its name or the noun it modifies says "party".</summary>
    private static bool IsParty(ClauseView view, EntityMention body)
    {
        if (body.Name?.EndsWith(" Party", StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }

        int head = HeadToken(view, body);
        return head >= 0 && view.Head(head) >= 0 && view.Tokens[head].Relation == "compound" && view.Lemma(view.Head(head)) == "party";
    }

    /// <summary>A title the tagger read as an adjective but the parse uses as a noun ("the chief executive said").</summary>
    private static bool IsNominalAdjective(ClauseView view, int k) =>
        view.Tokens[k].Upos == "ADJ" && view.BaseRelation(k) is "nsubj" or "obj" or "iobj" or "obl" or "nmod" or "appos";

    private static bool IsPerson(EntityMention? mention) =>
        mention is { EffectiveType: EntityType.Person, Kind: MentionKind.Name } && mention.EntityIds.Count > 0;

    private static bool IsBody(EntityMention mention) =>
        mention.EffectiveType is EntityType.Country or EntityType.Organization or EntityType.Group && mention.EntityIds.Count > 0;

    private static bool Inside(ClauseView view, int token, EntityMention mention) =>
        view.Tokens[token].Start >= mention.Span.Start && view.Tokens[token].End <= mention.Span.End;

    /// <summary>The token of a mention whose head lies outside it, or -1.</summary>
    private static int HeadToken(ClauseView view, EntityMention mention)
    {
        for (int k = 0; k < view.Tokens.Count; k++)
        {
            int head = view.Head(k);
            if (Inside(view, k, mention) && (head < 0 || !Inside(view, head, mention)))
            {
                return k;
            }
        }

        return -1;
    }
}
