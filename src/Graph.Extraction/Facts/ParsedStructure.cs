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
internal sealed partial class ParsedStructure
{
    private readonly Gazetteer _gazetteer;
    private readonly StructureWords _words;
    private readonly HashSet<string> _titleHeads;

    /// <summary>Creates the reader; title heads are the gazetteer's (<see cref="Gazetteer.TitleHeadWords"/>).</summary>
    public ParsedStructure(Gazetteer gazetteer, StructureWords words)
    {
        _gazetteer = gazetteer;
        _words = words;
        _titleHeads = new HashSet<string>(gazetteer.TitleHeadWords, StringComparer.Ordinal);

        // The parse keeps a hyphenated title whole ("co-founder"), where the gazetteer's tokens split it.
        _titleHeads.UnionWith(gazetteer.Titles
            .Where(t => t.Kind is TitleKind.Office or TitleKind.Style or TitleKind.Role && t.Tokens.Contains("-"))
            .Select(t => string.Concat(t.Tokens).ToLowerInvariant()));
    }

    /// <summary>The structural facts the parse of one sentence states.</summary>
    public List<StructuralClaim> Find(ClauseView view)
    {
        var claims = new List<StructuralClaim>();
        for (int k = 0; k < view.Tokens.Count; k++)
        {
            string word = view.Tokens[k].Form.ToLowerInvariant();
            if (IsMemberNoun(view, k))
            {
                // A body with members is one, whatever its name's head word made it ("members of the Pacific Islands Forum").
                Affiliation(view, k, claims, Predicate.MemberOf, type => type is EntityType.Organization or EntityType.Group or EntityType.Event);
            }
            else if (view.Tokens[k].Upos is "NOUN" or "PROPN" && word is "ally" or "allies")
            {
                // A state's ally is allied with it; an alliance's ally ("a NATO ally") is one of its members.
                Affiliation(view, k, claims, Predicate.AlliedWith, type => type is EntityType.Country);
                Affiliation(view, k, claims, Predicate.MemberOf, type => type is EntityType.Organization);
            }
            else if ((view.Tokens[k].Upos is "NOUN" or "PROPN" || IsNominalAdjective(view, k)) && (_titleHeads.Contains(word) || word is "head" or "chief"))
            {
                Title(view, k, claims);
            }
            else if (view.IsVerb(k) && _words.Leading.Contains(view.Lemma(k)))
            {
                Leader(view, k, claims);
            }
            else if (view.IsVerb(k) && _words.Belonging.ContainsKey(view.Lemma(k)))
            {
                Belonging(view, k, claims);
            }
            else if (view.IsVerb(k) && _words.Composing.Contains(view.Lemma(k)))
            {
                Composition(view, k, claims);
            }
            else if (view.IsNoun(k) && _words.Settlement.Contains(view.Lemma(k)))
            {
                TownOf(view, k, claims);
            }
            else if (view.IsNoun(k) && _words.Grouping.Contains(view.Lemma(k)))
            {
                GroupingOf(view, k, claims);
            }

            PartyMember(view, k, claims);
            ExampleMembers(view, k, claims);
            CityComma(view, k, claims);
            PlaceApposition(view, k, claims);
        }

        return claims;
    }

    /// <summary>"X, a member of Y", "as a member of Y, X ...", "Y member X"; "X, a treaty ally of Y" likewise.</summary>
    private void Affiliation(ClauseView view, int k, List<StructuralClaim> claims, Predicate predicate, Func<EntityType, bool> bodyType)
    {
        // "the EU's member states": the noun a member word is compounded with stands for the members.
        k = MemberPhrase(view, k);
        if (BodyOfMembers(view, k, bodyType) is not { } body)
        {
            return;
        }

        var members = new List<int>();
        int head = view.Head(k);
        if (head >= 0 && view.BaseRelation(k) == "nmod" && view.CaseOf(k) is null or "of" or "among" && view.Tokens[head].Upos is "NUM" or "PRON"
            && view.Child(head, "cop") >= 0)
        {
            // "X is one of Y's founding members".
            members.AddRange(view.Children(head, "nsubj").SelectMany(view.Conjuncts));
        }
        else if (head >= 0 && view.BaseRelation(k) is "appos" or "compound" or "flat" or "nmod" && view.CaseOf(k) is null)
        {
            members.AddRange(view.Conjuncts(head));
        }
        else if (head >= 0 && view.CaseOf(k) == "as")
        {
            // "As a member of Y, X agreed": the member is the clause's subject.
            members.AddRange(view.Children(head, "nsubj").SelectMany(view.Conjuncts));
        }
        else if (view.Child(k, "cop") >= 0)
        {
            // "X is a member of Y": the predicate noun's subject; "X and Z, which are members of Y": the nouns the clause describes.
            members.AddRange(view.Children(k, "nsubj")
                .Select(s => view.IsRelativePronoun(s) && view.BaseRelation(k) == "acl" ? view.Described(k) : s).SelectMany(view.Conjuncts));
        }
        else if (head >= 0 && view.BaseRelation(k) == "conj" && view.Child(head, "cop") >= 0)
        {
            // "X and Y are of the region and members of Z": the subject of the predicate it is coordinated with.
            members.AddRange(view.Children(head, "nsubj").SelectMany(view.Conjuncts));
        }
        else if (head >= 0 && view.BaseRelation(k) == "conj" && view.Children(k, "amod").Any(a => view.Lemma(a) == "other"))
        {
            // "X, Z and other Y members": those listed before the others are members too.
            members.AddRange(view.Conjuncts(head));
        }
        else if (head >= 0 && view.BaseRelation(k) == "xcomp" && view.IsVerb(head) && _words.Becoming.Contains(view.Lemma(head)))
        {
            // "X became a member of Y", "X remains a member of Y".
            members.AddRange(view.Children(head, "nsubj").SelectMany(view.Conjuncts));
        }
        else if (head >= 0 && view.BaseRelation(k) == "nsubj" && view.Child(head, "cop") >= 0 && view.Child(head, "case") < 0)
        {
            // "The G7 members are A, B and C": the predicate names them.
            members.AddRange(view.Conjuncts(head));
        }

        members.AddRange(view.Children(k, "appos").SelectMany(view.Conjuncts));
        if (k + 1 < view.Tokens.Count && view.Tokens[k + 1].Form == ",")
        {
            // "the Council's member countries, A, B and C,": a list of countries the parser coordinated with the member noun.
            members.AddRange(view.Conjuncts(k).Skip(1).Where(t => view.MentionAt(t) is { EffectiveType: EntityType.Country }));
        }

        // "the permanent members of the Security Council, the United States, France and China,": a list of countries the
        // parser set beside the body, or coordinated with it (a country has no members), names its members.
        if (view.Lemma(k) == "member" && HeadToken(view, body) is int bodyToken and >= 0 && view.Head(bodyToken) == k)
        {
            int after = Enumerable.Range(0, view.Tokens.Count).FirstOrDefault(t => view.Tokens[t].Start >= body.Span.End, -1);
            bool setOff = after >= 0 && view.Tokens[after].Form == ",";
            members.AddRange(view.Children(bodyToken, "appos").SelectMany(view.Conjuncts).Concat(setOff ? view.Conjuncts(bodyToken) : [])
                .Where(t => view.MentionAt(t) is { EffectiveType: EntityType.Country }));
        }

        // "EU members such as France and Italy", "members of the AU, including Kenya": the examples named are members.
        members.AddRange(new[] { k, HeadToken(view, body) }.Where(t => t >= 0).SelectMany(view.Examples));
        if (members.Count == 0 && AppositionBefore(view, k) is { } named && HeadToken(view, named) is int token and >= 0)
        {
            // "X, a member of Y" where the parser attached the apposition elsewhere.
            members.Add(token);
        }

        foreach (int member in members)
        {
            if (view.MentionAt(member) is { } mention && mention != body && mention.EntityIds.Count > 0)
            {
                claims.Add(new StructuralClaim(mention, predicate, body, null));
            }
        }
    }

    /// <summary>
    /// "the G20, including Argentina and Brazil", "leaders of the G20, including Argentina": the countries given as examples
    /// of a body, or of those "of" it, are its members.
    /// </summary>
    private static void ExampleMembers(ClauseView view, int k, List<StructuralClaim> claims)
    {
        if (view.MentionAt(k) is not { EffectiveType: EntityType.Organization, Kind: MentionKind.Name } body || body.EntityIds.Count == 0
            || HeadToken(view, body) != k)
        {
            return;
        }

        int head = view.Head(k);
        bool ofBody = head >= 0 && view.BaseRelation(k) == "nmod" && view.CaseOf(k) == "of" && view.MentionAt(head) is null;
        foreach (int member in view.Examples(k).Concat(ofBody ? view.Examples(head) : []))
        {
            if (view.MentionAt(member) is { EffectiveType: EntityType.Country, Kind: MentionKind.Name } country && country.EntityIds.Count > 0)
            {
                claims.Add(new StructuralClaim(country, Predicate.MemberOf, body, null));
            }
        }
    }

    /// <summary>"member states", "member countries": the noun a member word modifies, which heads the phrase; else the word itself.</summary>
    private static int MemberPhrase(ClauseView view, int k) =>
        view.Tokens[k].Relation == "compound" && view.Head(k) is int head and >= 0 && view.IsNoun(head) && view.MentionAt(head) is null ? head : k;

    /// <summary>
    /// The body a member noun names: "members of Y", "Y members", "Y's members", "members in Y"; the last such name, when
    /// its type is one <paramref name="bodyType"/> accepts.
    /// </summary>
    private static EntityMention? BodyOfMembers(ClauseView view, int k, Func<EntityType, bool> bodyType)
    {
        EntityMention? body = null;
        foreach (int child in view.Parse.Children(k))
        {
            // "the Quad, whose members are ...": the body named right before the relative clause, however the parser hung it.
            if (view.Tokens[child].Relation == "nmod:poss" && view.Lemma(child) == "whose" && child >= 2 && view.Tokens[child - 1].Form == ","
                && view.MentionAt(child - 2) is { Kind: MentionKind.Name } described && described.Span.End == view.Tokens[child - 2].End
                && bodyType(described.EffectiveType))
            {
                return described;
            }

            bool names = view.Tokens[child].Relation is "compound" or "nmod:poss"
                         || (view.BaseRelation(child) == "nmod" && view.CaseOf(child) is "of" or "at" or "in" or "with");
            if (names && NamedBody(view, child) is { } mention && bodyType(mention.EffectiveType))
            {
                body = mention;
            }
        }

        return body;
    }

    /// <summary>The entity a noun phrase names: its own mention, or the name its common noun is compounded with ("the BRICS group").</summary>
    private static EntityMention? NamedBody(ClauseView view, int token) =>
        view.MentionAt(token)
        ?? (view.Tokens[token].Upos == "NOUN" ? view.Children(token, "compound").Select(view.MentionAt).FirstOrDefault(m => m is { Kind: MentionKind.Name }) : null);

    /// <summary>"X, who leads Y", "X heads Y", "Y, led by X": a person leading an organization or group.</summary>
    private static void Leader(ClauseView view, int k, List<StructuralClaim> claims)
    {
        // "the Labour Party, led by X", "a group led by X", "the party is led by X": the agent leads what the participle is
        // said of. The parser may make a sentence's opening name an unmarked oblique of the participle set off after it.
        int agent = view.Children(k, "obl").FirstOrDefault(c => view.Tokens[c].Relation == "obl:agent" || view.CaseOf(c) == "by", -1);
        int ledToken = view.BaseRelation(k) switch
        {
            "acl" => view.Head(k),
            "advcl" when view.Tokens[k].Xpos == "VBN" => view.Children(k, "obl").FirstOrDefault(c => view.Tokens[c].Relation == "obl:unmarked" && c < k, -1),
            _ => view.Child(k, "nsubj:pass"),
        };
        if (agent >= 0 && ledToken >= 0)
        {
            EntityMention? body = NamedBody(view, ledToken)
                ?? (view.BaseRelation(ledToken) == "appos" ? NamedBody(view, view.Head(ledToken)) : null);
            if (view.MentionAt(agent) is { } leader && IsPerson(leader)
                && body is { EffectiveType: EntityType.Organization or EntityType.Group, EntityIds.Count: > 0 })
            {
                claims.Add(new StructuralClaim(leader, Predicate.Leads, body, null));
            }

            return;
        }

        EntityMention? person = Subject(view, k);
        if (!IsPerson(person))
        {
            return;
        }

        foreach (int obj in view.Children(k, "obj"))
        {
            EntityMention? led = NamedBody(view, obj);
            if (led is { EffectiveType: EntityType.Organization or EntityType.Group } && led.EntityIds.Count > 0)
            {
                claims.Add(new StructuralClaim(person!, Predicate.Leads, led, null));
            }
        }
    }

    /// <summary>
    /// "X served in the navy", "X, who serves with the Red Cross", "X belongs to Y", "X is affiliated with Y": the person,
    /// country or body belongs to the body.
    /// </summary>
    private void Belonging(ClauseView view, int k, List<StructuralClaim> claims)
    {
        IReadOnlySet<string> cases = _words.Belonging[view.Lemma(k)];
        if (Subject(view, k) is not { Kind: MentionKind.Name } member || member.EntityIds.Count == 0
            || (member.EffectiveType != EntityType.Person && !IsBody(member)))
        {
            return;
        }

        foreach (int place in view.Children(k, "obl").Where(c => view.CaseOf(c) is { } marker && cases.Contains(marker)))
        {
            if (NamedBody(view, place) is { EffectiveType: EntityType.Organization or EntityType.Group, Kind: MentionKind.Name } body
                && body.EntityIds.Count > 0 && body != member)
            {
                claims.Add(new StructuralClaim(member, Predicate.MemberOf, body, null));
            }
        }
    }

    /// <summary>The clause's subject (a passive one too: "Kenya was elected to the council"), read through a relative pronoun to the noun it stands for.</summary>
    private static EntityMention? Subject(ClauseView view, int k)
    {
        int subject = view.Children(k, "nsubj").DefaultIfEmpty(-1).First();
        return subject < 0 ? null : view.IsRelativePronoun(subject) && view.Head(k) >= 0 ? view.MentionAt(view.Head(k)) : view.MentionAt(subject);
    }

    /// <summary>
    /// "The Quad, which includes A, B and C", "ASEAN, made up of A and B", "the bloc comprises A", "a group that brings
    /// together A and B": the countries, bodies or people listed are members of the organization or group.
    /// </summary>
    private void Composition(ClauseView view, int k, List<StructuralClaim> claims)
    {
        string lemma = view.Lemma(k);
        string? particle = view.Children(k, "compound").Select(c => view.Lemma(c)).FirstOrDefault();
        var listed = new List<int>();
        if (lemma is "include" or "comprise" || (lemma == "bring" && particle == "together"))
        {
            listed.AddRange(view.Children(k, "obj"));
        }
        else if ((lemma == "make" && particle == "up") || lemma == "consist")
        {
            listed.AddRange(view.Children(k, "obl").Where(c => view.CaseOf(c) == "of"));
        }

        // The body: the clause's subject (its noun, for a relative pronoun), or the noun a participle modifies; "Y's
        // members include A" names it through its members.
        int subject = view.Children(k, "nsubj").DefaultIfEmpty(-1).First();
        int bodyToken = subject >= 0 && view.IsRelativePronoun(subject) || (subject < 0 && view.BaseRelation(k) == "acl") ? view.Head(k) : subject;
        EntityMention? named = bodyToken < 0 ? null
            : lemma == "include" && (IsMemberNoun(view, bodyToken) || view.Children(bodyToken, "compound").Any(c => IsMemberNoun(view, c)))
                ? BodyOfMembers(view, bodyToken, type => type is EntityType.Organization or EntityType.Group)
            : view.MentionAt(bodyToken);
        if (named is not { EffectiveType: EntityType.Organization or EntityType.Group, Kind: MentionKind.Name } body || body.EntityIds.Count == 0)
        {
            return;
        }

        foreach (int member in listed.SelectMany(view.Conjuncts))
        {
            if (view.MentionAt(member) is { Kind: not MentionKind.Adjective } mention && mention != body && mention.EntityIds.Count > 0
                && mention.EffectiveType is EntityType.Country or EntityType.Organization or EntityType.Person or EntityType.Group)
            {
                claims.Add(new StructuralClaim(mention, Predicate.MemberOf, body, null));
            }
        }
    }

    /// <summary>"the BRICS group of Brazil, Russia and India": the states a named grouping is "of" are its members.</summary>
    private static void GroupingOf(ClauseView view, int k, List<StructuralClaim> claims)
    {
        if (NamedBody(view, k) is not { EffectiveType: EntityType.Organization or EntityType.Group, Kind: MentionKind.Name } body || body.EntityIds.Count == 0)
        {
            return;
        }

        foreach (int member in view.Children(k, "nmod").Where(c => view.CaseOf(c) == "of").SelectMany(view.Conjuncts))
        {
            if (view.MentionAt(member) is { EffectiveType: EntityType.Country, Kind: MentionKind.Name } country && country.EntityIds.Count > 0)
            {
                claims.Add(new StructuralClaim(country, Predicate.MemberOf, body, null));
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

    /// <summary>
    /// "Helmand, Afghanistan's largest province", "Lashkar Gah, the capital of Helmand Province", "Kunduz, a city in northern
    /// Afghanistan": a place described in apposition as a settlement or division of a named country or region lies in it.
    /// </summary>
    private void PlaceApposition(ClauseView view, int k, List<StructuralClaim> claims)
    {
        if (view.MentionAt(k) is not { Kind: MentionKind.Name, EffectiveType: EntityType.City or EntityType.Region, EntityIds.Count: > 0 } place
            || HeadToken(view, place) != k)
        {
            return;
        }

        foreach (int described in view.Children(k, "appos").Where(a => view.IsNoun(a) && _words.Settlement.Contains(view.Lemma(a))))
        {
            foreach (int child in view.Parse.Children(described))
            {
                bool names = view.Tokens[child].Relation == "nmod:poss" || (view.BaseRelation(child) == "nmod" && view.CaseOf(child) is "of" or "in");
                if (names && view.MentionAt(child) is { Kind: MentionKind.Name, EffectiveType: EntityType.Country or EntityType.Region, EntityIds.Count: > 0 } container
                    && !container.EntityIds.SequenceEqual(place.EntityIds))
                {
                    claims.Add(new StructuralClaim(place, Predicate.LocatedIn, container, null));
                    return;
                }
            }
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

    /// <summary>"members", "soldiers"; and the common nouns for states, which a body's name makes its members ("NATO countries").</summary>
    private bool IsMemberNoun(ClauseView view, int k) =>
        (view.Tokens[k].Upos is "NOUN" or "PROPN" && _words.Member.Contains(view.Lemma(k)))
        || (view.Tokens[k].Upos == "NOUN" && _words.StateNouns.Contains(view.Lemma(k)));

    private static bool IsPerson(EntityMention? mention) =>
        mention is { EffectiveType: EntityType.Person, Kind: MentionKind.Name } && mention.EntityIds.Count > 0;

    private static bool IsBody(EntityMention mention) =>
        mention.EffectiveType is EntityType.Country or EntityType.Organization or EntityType.Group && mention.EntityIds.Count > 0;

    private static bool Inside(ClauseView view, int token, EntityMention mention) =>
        view.Tokens[token].Start >= mention.Span.Start && view.Tokens[token].End <= mention.Span.End;

    /// <summary>The token of a mention whose head lies outside it, or -1.</summary>
    private static int HeadToken(ClauseView view, EntityMention mention) =>
        view.Parse.HeadsWithin(mention.Span.Start, mention.Span.End).DefaultIfEmpty(-1).First();
}
