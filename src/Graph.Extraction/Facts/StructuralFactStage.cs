using Graph.Extraction.Coreference;
using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Facts;

/// <summary>
/// Structural facts from patterns: positions ("Iraqi Prime Minister Mustafa al-Kadhimi"), leaders
/// ("Hezbollah leader X"), cities in their countries, allies ("US allies", "X, a US ally"),
/// members ("NATO members Turkey and Greece") and visits (a foreign official "in" a city); titles,
/// memberships, leaders and stated containment read off the dependency parse (<see cref="ParsedStructure"/>).
/// </summary>
public sealed class StructuralFactStage : IExtractionStage
{
    private const double PatternConfidence = 0.8;
    private const double GazetteerConfidence = 0.9;
    private const double PresenceConfidence = 0.5;

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = new ParsedStructure(context.Resources.Gazetteer, StructureWords.From(context.Resources.Lexicon));
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (Sentence sentence in context.Sentences)
        {
            var mentions = context.MentionsIn(sentence.Index).ToList();
            Positions(context, sentence, mentions);
            if (sentence.Parse is { } parse)
            {
                Parsed(context, sentence, parsed.Find(new ClauseView(parse, mentions)), stated);
            }

            List<Coordination> groups = Coordination.Group(sentence.Tokens, mentions);
            Allies(context, sentence, mentions, groups);
            Members(context, sentence, mentions, groups);
            Sites(context, sentence, mentions);
            Presence(context, sentence, mentions, groups);
            Sponsors(context, sentence, mentions);
        }

        Locations(context, stated);
        UnstatedHolders(context);
        OwnSide(context);
        Companions.Add(context);
    }

    /// <summary>
    /// "They committed to working with the EU" among EU officials: a person meets, agrees or cooperates with others, never
    /// with the country or body they hold a position in, lead or belong to.
    /// </summary>
    private static void OwnSide(ExtractionContext context)
    {
        var sides = context.Facts.All
            .Where(f => f.Predicate is Predicate.HoldsPosition or Predicate.MemberOf or Predicate.Leads)
            .Select(f => (f.Subject, f.Object))
            .ToHashSet();
        context.Facts.RemoveAll(f => f.Predicate is Predicate.Meet or Predicate.Agree or Predicate.Cooperate or Predicate.AlliedWith
            && (sides.Contains((f.Subject, f.Object)) || sides.Contains((f.Object, f.Subject))));
    }

    /// <summary>
    /// "President Ada Okafor" where no sentence says whose president: the country the person is known to serve (from
    /// the dictionary of officeholders, for the article's date) holds the position, stated where the title is first given.
    /// </summary>
    private static void UnstatedHolders(ExtractionContext context)
    {
        var placed = context.Facts.All.Where(f => f.Predicate == Predicate.HoldsPosition).Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        foreach (EntityMention person in context.Mentions.Where(m => m.EffectiveType == EntityType.Person && m.Kind == MentionKind.Name
                     && m.EntityIds.Count == 1 && context.LeavesTitleHolderUnsaid(m)))
        {
            string subject = person.EntityIds[0];
            if (!placed.Contains(subject) && (SharedHolder(context, person) ?? context.Entities.Find(subject)?.CountryId) is { } country)
            {
                placed.Add(subject);
                context.Facts.Add(Fact(context.Sentences[person.SentenceIndex], subject, Predicate.HoldsPosition, country, person.Title, PresenceConfidence));
            }
        }
    }

    /// <summary>
    /// "Ruritanian President Ada Okafor and Foreign Minister Tomas Berg": a titled name listed after one whose title names
    /// its country shares that country.
    /// </summary>
    private static string? SharedHolder(ExtractionContext context, EntityMention person)
    {
        Sentence sentence = context.Sentences[person.SentenceIndex];
        Coordination? list = Coordination.Group(sentence.Tokens, context.MentionsIn(sentence.Index)).FirstOrDefault(c => c.Members.Contains(person));
        EntityMention? before = list?.Members.TakeWhile(m => m != person).LastOrDefault(m => m.Title is not null && m.EffectiveType == EntityType.Person);
        return before?.TitleHolder is { EffectiveType: EntityType.Country, EntityIds: [var country] } && before.TitleKind is TitleKind.Office or TitleKind.Style
            ? country
            : null;
    }

    /// <summary>Adds the facts the parse states; places whose containment the text states are remembered.</summary>
    private static void Parsed(ExtractionContext context, Sentence sentence, List<StructuralClaim> claims, HashSet<string> stated)
    {
        foreach (StructuralClaim claim in claims)
        {
            string subject = claim.Subject.EntityIds[0];
            if (claim.Predicate == Predicate.LocatedIn)
            {
                stated.Add(subject);
            }

            // A claim on itself only records that the text states where the subject lies.
            foreach (string target in claim.Object == claim.Subject ? [] : claim.Object.EntityIds)
            {
                // "its allies" read as a body's: what the pronoun stands for decides whether it has members.
                if (claim.Predicate == Predicate.MemberOf && context.Entities.Find(target)?.Type is not (null or EntityType.Organization or EntityType.Group or EntityType.Event))
                {
                    continue;
                }

                context.Facts.Add(Fact(sentence, subject, claim.Predicate, SeatsCountry(context, claim.Predicate, target) ?? target, claim.Title, PatternConfidence));
            }
        }
    }

    /// <summary>"X, the White House spokesman": an office at a seat of government is its country's.</summary>
    private static string? SeatsCountry(ExtractionContext context, Predicate predicate, string target) =>
        predicate == Predicate.HoldsPosition && context.Entities.Find(target) is { Type: EntityType.Organization } body
        && context.Resources.Gazetteer.CountryOfSeat(body.Name) is { } country
            ? context.Entities.GetOrAdd(EntityType.Country, country).Id
            : null;

    private static void Positions(ExtractionContext context, Sentence sentence, List<EntityMention> mentions)
    {
        foreach (EntityMention person in mentions.Where(m => m.EffectiveType == EntityType.Person && m.Kind == MentionKind.Name && m.TitleHolder is not null))
        {
            string holder = person.TitleHolder!.EntityIds.FirstOrDefault() ?? StableId.Entity(person.TitleHolder.Type, person.TitleHolder.Name!);
            context.Entities.GetOrAdd(person.TitleHolder.Type, person.TitleHolder.Name!);
            string subject = person.EntityIds[0];
            if (person.TitleHolder.Type == EntityType.Organization && context.Resources.Gazetteer.IsParty(person.TitleHolder.Name!))
            {
                // "Republican Senator X", "Labour MP Y": a member of the party, in an office of the state, not the party's.
                context.Facts.Add(Fact(sentence, subject, Predicate.MemberOf, holder, null, PatternConfidence));
                if (!PartyOffices.IsHeldInTheParty(person.Title))
                {
                    continue;
                }
            }

            if (person.TitleKind is TitleKind.Office or TitleKind.Style)
            {
                context.Facts.Add(Fact(sentence, subject, Predicate.HoldsPosition, holder, person.Title, PatternConfidence));
            }
            else if (person.Title == "leader" && person.TitleHolder.Type is EntityType.Group or EntityType.Organization or EntityType.Country)
            {
                // "Hamas leader X" leads it; "IAEA chief X" and "North Korean leader X" hold the post there.
                Predicate predicate = PartyOffices.LeaderPredicate(person.TitleHolder.Type, context.Resources.Gazetteer.IsParty(person.TitleHolder.Name!));
                context.Facts.Add(Fact(sentence, subject, predicate, holder, predicate == Predicate.Leads ? null : person.Title, PatternConfidence));
            }
        }
    }

    /// <summary>"Iran-backed militias", "US-led coalition": the sponsor supports (funds, leads) what it qualifies.</summary>
    private static void Sponsors(ExtractionContext context, Sentence sentence, List<EntityMention> mentions)
    {
        foreach (EntityMention sponsor in mentions.Where(m => m.Kind == MentionKind.Adjective && m.Head is not null && m.EntityIds.Count > 0))
        {
            VerbPattern? pattern = context.Resources.Lexicon.PatternsStartingWith(sponsor.Head!)
                .FirstOrDefault(p => p.Form == VerbForm.Passive && p.Rest.Count == 0);
            // "Iran-backed Houthis", or the group the phrase itself names ("Iran-backed militias").
            EntityMention? sponsored = mentions.FirstOrDefault(m => m.TokenStart == sponsor.TokenEnd && m.EntityIds.Count > 0)
                ?? mentions.FirstOrDefault(m => m.TokenStart == sponsor.TokenStart && m.TokenEnd > sponsor.TokenEnd && m.Type == EntityType.Group && m.EntityIds.Count > 0);
            if (pattern is null || sponsored is null)
            {
                continue;
            }

            foreach (string target in sponsored.EntityIds.Where(id => id != sponsor.EntityIds[0]))
            {
                context.Facts.Add(Fact(sentence, sponsor.EntityIds[0], pattern.Predicate, target, null, pattern.Confidence));
            }
        }
    }

    /// <summary>"US allies Saudi Arabia and Kuwait", "X, a US ally", "two key US allies" (the pair just named).</summary>
    private static void Allies(ExtractionContext context, Sentence sentence, List<EntityMention> mentions, List<Coordination> groups)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        foreach (EntityMention patron in mentions.Where(m => m.EffectiveType == EntityType.Country && m.EntityIds.Count > 0))
        {
            if (t.ElementAtOrDefault(patron.TokenEnd) is not { Lower: "ally" or "allies" } word)
            {
                continue;
            }

            int after = patron.TokenEnd + 1;
            Coordination? allies = groups.FirstOrDefault(g => g.TokenStart == after && g.Members.All(m => m.EffectiveType == EntityType.Country));
            if (allies is null && word.Lower == "ally" && patron.TokenStart >= 3 && t[patron.TokenStart - 1].Lower is "a" or "an"
                && t[patron.TokenStart - 2].Is(','))
            {
                allies = groups.LastOrDefault(g => g.TokenEnd == patron.TokenStart - 2);
            }

            if (allies is null && word.Lower == "allies" && patron.TokenStart >= 1
                && NumberBefore(t, patron.TokenStart) is int count and > 1)
            {
                allies = groups.LastOrDefault(g => g.TokenEnd <= patron.TokenStart && g.Members.Count == count
                    && g.Members.All(m => m.EffectiveType == EntityType.Country));
            }

            foreach (string ally in allies?.EntityIds ?? [])
            {
                context.Facts.Add(Fact(sentence, ally, Predicate.AlliedWith, patron.EntityIds[0], null, PatternConfidence));
            }
        }
    }

    private static int? NumberBefore(IReadOnlyList<Token> t, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            int number = Array.IndexOf(NumberWords, t[k].Lower);
            if (number > 0)
            {
                return number;
            }
        }

        return null;
    }

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>"NATO members Turkey and Greece", "NATO ally Chile", "EU member states France and Germany", "the Quad (A, B and C)".</summary>
    private static void Members(ExtractionContext context, Sentence sentence, List<EntityMention> mentions, List<Coordination> groups)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        foreach (EntityMention body in mentions.Where(m => m.EffectiveType == EntityType.Organization && m.EntityIds.Count > 0))
        {
            int k = body.TokenEnd;
            if (t.ElementAtOrDefault(k) is { Text: "(" or "\u2014" or "\u2013" or "--" } open)
            {
                // "the Quad (Australia, India, Japan and the United States)", "the G7 — Canada, France and Italy —": the
                // countries listed right after a body, closed as they were opened, are its members.
                Coordination? listed = groups.FirstOrDefault(g => g.TokenStart == k + 1 && g.Members.Count > 1
                    && g.Members.All(m => m.EffectiveType == EntityType.Country)
                    && t.ElementAtOrDefault(g.TokenEnd) is { } close && close.Text == (open.Text == "(" ? ")" : open.Text));
                foreach (string member in listed?.EntityIds ?? [])
                {
                    context.Facts.Add(Fact(sentence, member, Predicate.MemberOf, body.EntityIds[0], null, PatternConfidence));
                }

                continue;
            }

            if (t.ElementAtOrDefault(body.TokenStart - 1) is { Lower: "other" or "fellow" }
                && t.ElementAtOrDefault(k) is { Lower: "members" or "countries" or "states" or "nations" or "partners" or "allies" or "economies" })
            {
                // "A and B will work with other G20 countries": the subject is one of the body's members too.
                foreach (string member in SubjectCountries(context, groups, body))
                {
                    context.Facts.Add(Fact(sentence, member, Predicate.MemberOf, body.EntityIds[0], null, PatternConfidence));
                }

                continue;
            }

            // "NATO members Turkey and Greece"; an alliance's allies are its members ("NATO Ally Türkiye"); "the EU's member states".
            if (t.ElementAtOrDefault(k)?.Kind == TokenKind.Possessive)
            {
                k++;
            }

            if (t.ElementAtOrDefault(k) is not { Lower: "member" or "members" or "ally" or "allies" })
            {
                continue;
            }

            k++;
            if (t.ElementAtOrDefault(k) is { Lower: "state" or "states" or "country" or "countries" or "nations" })
            {
                k++;
            }

            // "the EU's member states, including France and Germany".
            if (t.ElementAtOrDefault(k) is { Text: "," } && t.ElementAtOrDefault(k + 1) is { Lower: "including" or "like" })
            {
                k += 2;
            }
            else if (t.ElementAtOrDefault(k) is { Lower: "including" })
            {
                k++;
            }

            Coordination? members = groups.FirstOrDefault(g => g.TokenStart == k);
            foreach (string member in members?.EntityIds ?? [])
            {
                context.Facts.Add(Fact(sentence, member, Predicate.MemberOf, body.EntityIds[0], null, PatternConfidence));
            }

            if (members is not null && t.ElementAtOrDefault(body.TokenStart - 1)?.Lower == "our" && t[body.TokenEnd].Lower is "ally" or "allies")
            {
                // "our NATO Ally Türkiye" in a government's statement: that government is in the alliance too, and allied
                // with its ally.
                foreach (string issuer in Events.StatementIssuer.Find(context).Where(i => !members.EntityIds.Contains(i)))
                {
                    context.Facts.Add(Fact(sentence, issuer, Predicate.MemberOf, body.EntityIds[0], null, PatternConfidence));
                    foreach (string member in members.EntityIds)
                    {
                        context.Facts.Add(Fact(sentence, issuer, Predicate.AlliedWith, member, null, PatternConfidence));
                    }
                }
            }
        }
    }

    /// <summary>"the Johnson Space Center in Houston", "the University of Lagos in Nigeria": a place-bound institution lies in the place named right after it.</summary>
    private static void Sites(ExtractionContext context, Sentence sentence, List<EntityMention> mentions)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        Lexicon lexicon = context.Resources.Lexicon;
        foreach (EntityMention site in mentions.Where(m => m.Type == EntityType.Organization && m.Kind == MentionKind.Name && m.EntityIds.Count == 1))
        {
            int of = Enumerable.Range(site.TokenStart, site.TokenEnd - site.TokenStart).FirstOrDefault(k => t[k].Lower == "of", site.TokenEnd);
            int head = of > site.TokenStart ? of - 1 : site.TokenEnd - 1;
            if ((lexicon.NounKindOf(t[head].Text) & NounKind.Facility) == 0 || t.ElementAtOrDefault(site.TokenEnd) is not { Lower: "in" })
            {
                continue;
            }

            EntityMention? place = mentions.FirstOrDefault(m => m.TokenStart == site.TokenEnd + 1 && m.Kind == MentionKind.Name
                && m.Type is EntityType.City or EntityType.Country or EntityType.Region && m.EntityIds.Count == 1);
            if (place is not null)
            {
                context.Facts.Add(Fact(sentence, site.EntityIds[0], Predicate.LocatedIn, place.EntityIds[0], null, PatternConfidence));
            }
        }
    }

    /// <summary>The countries of a clause's subject before <paramref name="before"/>: the countries named, or those the people named serve.</summary>
    private static IEnumerable<string> SubjectCountries(ExtractionContext context, List<Coordination> groups, EntityMention before)
    {
        Coordination? subject = groups.FirstOrDefault(g => g.First.Preposition is null && !g.First.IsModifier && g.TokenEnd <= before.TokenStart);
        return (subject?.EntityIds ?? [])
            .Select(context.Entities.Find).OfType<EntityRecord>()
            .Select(r => r.Type == EntityType.Country ? r.Id : r.Type == EntityType.Person ? r.CountryId : null)
            .OfType<string>().Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// A person serving one country, placed "in" a city of another, is visiting it: the sentence's subject, and
    /// whoever the sentence has meeting someone there ("A met B in Amman": B visits when B serves elsewhere).
    /// </summary>
    private static void Presence(ExtractionContext context, Sentence sentence, List<EntityMention> mentions, List<Coordination> groups)
    {
        // "in Tokyo, Japan" or "in Tokyo Japan": the country after a city is part of its place, not the clause's subject.
        EntityMention? subject = groups.FirstOrDefault(g => g.First.Preposition is null && !g.First.IsModifier && !ContainsCity(groups, g))?.First;
        if (subject is null || subject.Type != EntityType.Person || subject.EntityIds.Count != 1)
        {
            return;
        }

        var present = new List<string> { subject.EntityIds[0] };
        present.AddRange(context.Facts.All
            .Where(f => f.SentenceIndex == sentence.Index && f.Predicate == Predicate.Meet && f.Status == FactStatus.Asserted)
            .SelectMany(f => new[] { f.Subject, f.Object }));
        foreach (EntityRecord person in present.Distinct(StringComparer.Ordinal).Select(context.Entities.Find).OfType<EntityRecord>())
        {
            if (person.Type != EntityType.Person || person.CountryId is null)
            {
                continue;
            }

            foreach (EntityMention place in mentions.Where(m => m.EffectiveType == EntityType.City && m.Preposition is "in" or "at"))
            {
                // "On June 15 in Tokyo, X met Y": a place before the subject sets the main clause's scene only when the
                // parse hangs it on the main verb ("After talks in Paris, X flew home" does not).
                if (!(place.TokenStart > subject.TokenStart ? PlacesAClause(sentence, place) : PlacesTheMainClause(sentence, place)))
                {
                    continue;
                }

                EntityRecord? city = context.Entities.Find(place.EntityIds.FirstOrDefault() ?? string.Empty);
                if (city?.CountryId is not null && city.CountryId != person.CountryId)
                {
                    context.Facts.Add(Fact(sentence, person.Id, Predicate.Visit, city.Id, null, PresenceConfidence));
                }
            }
        }
    }

    /// <summary>A country or region group right after a city ("Tokyo, Japan"): where the city lies.</summary>
    private static bool ContainsCity(List<Coordination> groups, Coordination group) =>
        group.First.EffectiveType is EntityType.Country or EntityType.Region
        && groups.Any(g => g.First.EffectiveType == EntityType.City && g.TokenEnd <= group.TokenStart && group.TokenStart - g.TokenEnd <= 1);

    /// <summary>The place hangs on the sentence's root verb; false without a parse.</summary>
    private static bool PlacesTheMainClause(Sentence sentence, EntityMention place)
    {
        if (sentence.Parse is not { } parse)
        {
            return false;
        }

        foreach (int k in parse.HeadsWithin(place.Span.Start, place.Span.End))
        {
            // "On June 15 in Tokyo": a place hung on the date that opens the clause sets it too.
            var token = parse.Tokens[k];
            while (token.Relation.StartsWith("nmod", StringComparison.Ordinal) && token.Head >= 0
                   && parse.Tokens[token.Head] is { } date && (date.Upos == "NUM" || Internal.Calendar.IsCalendarWord(date.Form.ToLowerInvariant())))
            {
                token = date;
            }

            return token.Relation.StartsWith("obl", StringComparison.Ordinal) && token.Head >= 0 && parse.Tokens[token.Head].Relation == "root"
                && parse.Tokens[token.Head].Upos == "VERB";
        }

        return false;
    }

    /// <summary>
    /// True when the parse hangs the place on a clause ("met B in Amman", "arrived in Tehran") or a name, not on a
    /// common noun ("its offensive in Rafah" places the offensive, not the speaker); true without a parse.
    /// </summary>
    private static bool PlacesAClause(Sentence sentence, EntityMention place)
    {
        if (sentence.Parse is not { } parse)
        {
            return true;
        }

        foreach (int k in parse.HeadsWithin(place.Span.Start, place.Span.End))
        {
            // A place hung on a name ("met X in Tokyo") is the parser's usual misattachment of the clause's place.
            var token = parse.Tokens[k];
            return !token.Relation.StartsWith("nmod", StringComparison.Ordinal) || (token.Head >= 0 && parse.Tokens[token.Head].Xpos is "NNP" or "NNPS");
        }

        return true;
    }

    /// <summary>
    /// A city lies in its country when a sentence names both (the text shows the containment there), unless
    /// the text already states where the city lies ("Houston, Texas").
    /// </summary>
    private static void Locations(ExtractionContext context, HashSet<string> stated)
    {
        foreach (EntityRecord city in context.Entities.All.Where(e => e.Type == EntityType.City && e.CountryId is not null && e.Mentions.Count > 0))
        {
            if (stated.Contains(city.Id))
            {
                continue;
            }

            EntityRecord? country = context.Entities.Find(city.CountryId!);
            // A country known only from an adjective is no entity of the article, unless a fact already needs it ("Japanese Prime Minister X").
            if (country is null || (country.Mentions.Count == 0 && !context.Facts.All.Any(f => f.Subject == country.Id || f.Object == country.Id)))
            {
                continue;
            }

            Sentence? sentence = context.Sentences.FirstOrDefault(s => city.Mentions.Any(m => s.Span.Contains(m))
                && context.MentionsIn(s.Index).Any(m => m.EntityIds.Contains(country.Id)));
            if (sentence is not null)
            {
                context.Facts.Add(Fact(sentence, city.Id, Predicate.LocatedIn, country.Id, null, GazetteerConfidence));
            }
        }
    }

    private static ExtractedFact Fact(Sentence sentence, string subject, Predicate predicate, string target, string? title, double confidence) =>
        new(subject, predicate, target, sentence.Text, sentence.Index, sentence.Span, Date: null, Place: null, title, confidence);
}
