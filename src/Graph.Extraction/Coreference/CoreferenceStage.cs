using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>
/// Resolves every mention to entities within the article: surnames to full names, capitals acting as
/// their country ("Doha denies"), descriptors ("the US diplomat", "the groups", "the government in
/// Baghdad") and pronouns to the subject they continue or the latest fitting entity, and builds the entity table with aliases.
/// </summary>
public sealed class CoreferenceStage : IExtractionStage
{
    // "both sides" looks back this many sentences for the two parties; further back they are no longer in view.
    private const int PairWindow = 3;

    // Plural nouns for the fighters of an armed group, which stand for the group itself.
    private static readonly HashSet<string> Combatants = new(StringComparer.OrdinalIgnoreCase)
    {
        "rebels", "militants", "insurgents", "fighters", "jihadists", "separatists", "guerrillas", "gunmen",
    };

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Gazetteer gazetteer = context.Resources.Gazetteer;
        IReadOnlySet<string> locatives = context.Resources.Lexicon.FunctionWords("locative");
        IReadOnlySet<string> kin = context.Resources.Lexicon.FunctionWords("kin");
        var names = new PersonNames(context.Mentions.Where(m => m.Kind == MentionKind.Name && m.Type == EntityType.Person)
            .Select(m => (m.Name!, m.Title, m.TitleKind, AfterAFamilyTie(context.Sentences[m.SentenceIndex], m, kin))));
        var history = new List<EntityRecord>();

        // Entities named as parties in their own right, not as a title's country ("Sudan's army chief X") or a modifier.
        var parties = new List<(EntityRecord Record, int Sentence)>();
        SpeakerTurns turns = SpeakerTurns.Find(context);
        Dictionary<string, PlaceReading> readings = PlaceReadings.Decide(context.Mentions, gazetteer);
        IReadOnlyList<string> lastPlural = [];
        int lastPluralSentence = -1;
        (EntityRecord Record, int Sentence)? lastSubject = null;
        (List<string> Ids, int Sentence, int? Antecedent)? pluralSubject = null;

        // A label names one speaker all through a transcript: "THE PRESIDENT" stays the host after another president is named.
        var labelled = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        EntityRecord? Speaking(string label) =>
            labelled.TryGetValue(label, out EntityRecord? known) ? known
            : SpeakerTurns.Named(label, history) is { } named ? labelled[label] = named
            : null;

        foreach (Sentence sentence in context.Sentences)
        {
            if (turns.IsSpoken && turns.Speaker(sentence.Index) is { } turn && Speaking(turn) is { } speaking)
            {
                context.Speakers[sentence.Index] = speaking.Id;
            }

            int sentenceStart = parties.Count;
            var mentions = context.MentionsIn(sentence.Index).ToList();
            foreach (EntityMention m in mentions)
            {
                EntityRecord? record = m.Kind switch
                {
                    MentionKind.Name when readings.TryGetValue(m.Surface, out PlaceReading? reading) => Named(context.Entities.GetOrAdd(reading.Type, reading.Name), m),
                    MentionKind.Name => BarePopulationOf(history, m) ?? ResolveName(context, gazetteer, locatives, names, m),
                    MentionKind.Adjective => context.Entities.GetOrAdd(m.Type, m.Name!),
                    MentionKind.Descriptor => ResolveDescriptor(context, history, m),
                    _ => null,
                };

                if (m.Kind == MentionKind.Pronoun && m.Head == SentenceRecognizer.PairHead)
                {
                    // "A met B, and the two leaders agreed": a pair opening a clause may be this sentence's parties;
                    // one the clause acts on ("X urged both sides") never includes its actor, so only earlier sentences count.
                    bool opensClause = m.TokenStart == 0 || sentence.Tokens[m.TokenStart - 1].Lower is "," or "and" or ";" or "but";
                    IEnumerable<string> pair = ResolvePair(opensClause ? parties : parties[..sentenceStart], sentence.Index - PairWindow, m.Type);
                    if (!pair.Any() && m.Type == EntityType.Country)
                    {
                        // "the two delegations", "our two countries" with no two countries in view: the two the article
                        // names most.
                        pair = TwoMostNamedCountries(history);
                    }

                    foreach (string id in pair)
                    {
                        m.EntityIds.Add(id);
                    }

                    continue;
                }

                if (m.Kind == MentionKind.Pronoun && m.Head is SentenceRecognizer.SpeakerHead or SentenceRecognizer.AddresseeHead)
                {
                    // In a transcript "I" is the turn's speaker and "you" whom they answer; elsewhere they stay unresolved.
                    string? label = m.Head == SentenceRecognizer.SpeakerHead ? turns.Speaker(sentence.Index) : turns.Addressee(sentence.Index);
                    if (label is not null && Speaking(label) is { } speaker)
                    {
                        m.EntityIds.Add(speaker.Id);
                    }

                    continue;
                }

                if (m.Kind == MentionKind.Pronoun && m.Head == SentenceRecognizer.ParticipantsHead)
                {
                    // "the leaders": the people or parties coordinated last; the event coder prefers a later meeting's parties.
                    if (lastPlural.Count > 1 && lastPlural.All(id => context.Entities.Find(id)?.Type is not (EntityType.City or EntityType.Region)))
                    {
                        AddAll(m, lastPlural, lastPluralSentence);
                    }

                    continue;
                }

                if (m.Kind == MentionKind.Pronoun)
                {
                    // "they" looks back a few sentences for the parties named together; further back it is more often
                    // people the text never names ("how are they going to pay for it" in a briefing on health costs).
                    if (m.IsPlural && pluralSubject is { } previous && previous.Sentence == sentence.Index - 1 && sentence.Parse is { } parse
                        && SubjectToken(parse, m) >= 0)
                    {
                        // "The two leaders discussed A and B. They agreed ...": they are still the leaders, not the names between
                        // (left to the event coder, which finds them among a meeting's parties, when unresolved).
                        AddAll(m, previous.Ids, previous.Antecedent);
                        continue;
                    }

                    IReadOnlyList<string> inView = lastPluralSentence >= sentence.Index - PairWindow ? lastPlural : [];
                    if (SubjectPronounAntecedent(sentence, mentions, m, lastSubject) is { } subject)
                    {
                        m.EntityIds.Add(subject);
                        continue;
                    }

                    AddAll(m, ResolvePronoun(history, inView, m), m.IsPlural && inView.Count > 0 ? lastPluralSentence : null);
                    continue;
                }

                if (record is null)
                {
                    continue;
                }

                m.EntityIds.Add(record.Id);
                if (record.Type != m.Type)
                {
                    m.ResolvedType = record.Type;
                }

                if (m.Kind != MentionKind.Adjective)
                {
                    record.AddMention(m.Span);
                    history.Add(record);
                    if (!m.IsModifier && !mentions.Any(o => o.TitleHolder == m))
                    {
                        parties.Add((record, sentence.Index));
                    }
                }
            }

            // A pair or the participants as subject ("the two leaders", "the leaders"): whom a "they" opening the next sentence continues.
            pluralSubject = sentence.Parse is { } parsed
                && mentions.FirstOrDefault(p => p.Kind == MentionKind.Pronoun && p.Head is SentenceRecognizer.PairHead or SentenceRecognizer.ParticipantsHead
                    && SubjectToken(parsed, p) >= 0) is { } subjectPair
                ? ([.. subjectPair.EntityIds], sentence.Index, subjectPair.AntecedentSentence)
                : null;

            if (MainSubject(sentence, mentions) is { } main && context.Entities.Find(main) is { Type: EntityType.Person } person)
            {
                lastSubject = (person, sentence.Index);
            }

            Cataphora.Resolve(sentence, mentions);
            Coordination? plural = Coordination.Group(sentence.Tokens, mentions).LastOrDefault(g => g.Members.Count > 1);
            if (plural is not null)
            {
                lastPlural = [.. plural.EntityIds];
                lastPluralSentence = sentence.Index;
            }
        }

        HomeGovernment.Apply(context);
        ArticleCountry.Apply(context);
    }

    /// <summary>"my son Tom Roe", "his wife, Ada Roe": a name written right after a noun of family ties.</summary>
    private static bool AfterAFamilyTie(Sentence sentence, EntityMention m, IReadOnlySet<string> kin)
    {
        int before = m.TokenStart - 1;
        if (before >= 0 && sentence.Tokens[before].Text == ",")
        {
            before--;
        }

        return before >= 0 && kin.Contains(sentence.Tokens[before].Lower);
    }

    private static void AddAll(EntityMention m, IEnumerable<string> ids, int? antecedentSentence)
    {
        foreach (string id in ids)
        {
            m.EntityIds.Add(id);
        }

        if (m.EntityIds.Count > 0)
        {
            m.AntecedentSentence = antecedentSentence;
        }
    }

    /// <summary>A place that is its sentence's only words (a transcript's or release's place line, "Washington, D.C."): the place itself.</summary>
    private static bool IsALineOfItsOwn(ExtractionContext context, EntityMention m) =>
        context.Sentences[m.SentenceIndex].Tokens.Select((t, k) => (t, k)).All(p => (p.k >= m.TokenStart && p.k < m.TokenEnd) || !p.t.IsWord);

    /// <summary>"visits Kyiv", "left Moscow": a capital one goes to or leaves is the city, not its government.</summary>
    /// <summary>"postings in Bonn and London, United Kingdom": a capital written with its country after a comma is the city.</summary>
    private static bool IsFollowedByItsCountry(ExtractionContext context, Gazetteer gazetteer, EntityMention m) =>
        context.MentionsIn(m.SentenceIndex).Any(o => o.Type == EntityType.Country && o.Name == gazetteer.CountryOfCity(m.Name!)
            && o.Span.Start > m.Span.End && context.Text[m.Span.End..o.Span.Start].Trim() is "," or ", the");

    private static bool IsPlaceGoneTo(ExtractionContext context, EntityMention m)
    {
        if (context.Sentences[m.SentenceIndex].Parse is not { } parse)
        {
            return false;
        }

        int head = parse.HeadsWithin(m.Span.Start, m.Span.End).DefaultIfEmpty(-1).First();
        return head >= 0 && parse.Tokens[head].Relation == "obj" && parse.Tokens[head].Head >= 0
            && parse.Tokens[parse.Tokens[head].Head].Lemma.ToLowerInvariant() is "visit" or "tour" or "reach" or "leave" or "enter";
    }

    /// <summary>The record a name in its article's reading stands for, with the name as written among its aliases.</summary>
    private static EntityRecord Named(EntityRecord record, EntityMention m)
    {
        record.AddAlias(m.Surface);
        return record;
    }

    private static EntityRecord ResolveName(
        ExtractionContext context, Gazetteer gazetteer, IReadOnlySet<string> locatives, PersonNames names, EntityMention m)
    {
        EntityRecord record;
        if (m.Type is EntityType.City or EntityType.Region && names.IsFullName(m.Name!)
            && gazetteer.CountryOfCity(m.Name!) is null && gazetteer.CountryOfRegion(m.Name!) is null)
        {
            // "from Barbara Okafor," read as a place where the article also names the person so: the person.
            m.ResolvedType = EntityType.Person;
            record = context.Entities.GetOrAdd(EntityType.Person, names.Canonical(m.Name!));
            record.AddAlias(m.Name!);
        }
        else if (m.Type == EntityType.Person)
        {
            record = context.Entities.GetOrAdd(EntityType.Person, names.Canonical(m.Name!, m.Title, m.TitleKind));
            record.AddAlias(m.Name!);
            if (m.Title is not null)
            {
                record.Title = m.Title;
                // A holder named with the title, whether recognized ("French President", "NATO Secretary General") or not ("NAACP President").
                record.TitleQualified = m.IsTitleQualified;
            }

            record.HolderStated |= m.TitleHolder is not null;
            if (m.TitleHolder is { Type: EntityType.Country } holder && m.TitleKind is TitleKind.Office or TitleKind.Style)
            {
                record.CountryId = StableId.Entity(EntityType.Country, holder.Name!);
            }
            else if (record.CountryId is null && context.LeavesTitleHolderUnsaid(m)
                     && gazetteer.IsStateOffice(m.Title!)
                     && (gazetteer.Officeholders.CountryOf(record.Name, context.Document.Published)
                         ?? gazetteer.Officeholders.CountryOf(m.Name!, context.Document.Published)) is { } office)
            {
                // "President Ada Okafor" with no country named: the country whose office she held on the article's date.
                record.CountryId = context.Entities.GetOrAdd(EntityType.Country, office).Id;
            }
        }
        else if (m.Type == EntityType.City && gazetteer.IsCapital(m.Name!) && !m.IsModifier
                 && (m.Preposition is null || !locatives.Contains(m.Preposition)) && !IsPlaceGoneTo(context, m) && !IsFollowedByItsCountry(context, gazetteer, m)
                 && !IsALineOfItsOwn(context, m))
        {
            // A capital acting as its country: "Doha denies the charges", "a strategy against Tehran".
            record = context.Entities.GetOrAdd(EntityType.Country, gazetteer.CountryOfCity(m.Name!)!);
        }
        else if (m.Type == EntityType.Organization && gazetteer.CountryOfSeat(m.Name!) is { } seatOf
                 && (!m.IsModifier || context.MentionsIn(m.SentenceIndex).Any(o => o.TitleHolder == m))
                 && (m.Preposition is null || !locatives.Contains(m.Preposition)))
        {
            // A seat of government acting for its country: "the Kremlin accused NATO"; an office there is the country's
            // ("White House Press Secretary X").
            record = context.Entities.GetOrAdd(EntityType.Country, seatOf);
        }
        else
        {
            record = context.Entities.GetOrAdd(m.Type, m.Type == EntityType.Organization ? BodyNames.Canonical(m.Name!) : m.Name!);
            if (m.Type == EntityType.City && gazetteer.CountryOfCity(m.Name!) is { } country)
            {
                record.CountryId = StableId.Entity(EntityType.Country, country);
            }

            if (m.Type == EntityType.Group)
            {
                record.Heads.Add(m.Head ?? m.Name!.Split(' ')[^1].ToLowerInvariant());
                record.IsPlural |= m.IsPlural;
            }
        }

        // "founder Ada Okafor", "opposition leader …": a person's name starts with a capital (or a particle such as "al-").
        if (record.Type != EntityType.Person || !StartsWithARoleWord(m.Surface))
        {
            record.AddAlias(m.Surface);
        }

        foreach (string alias in m.Aliases)
        {
            record.AddAlias(alias);
        }

        return record;
    }

    private static bool StartsWithARoleWord(string surface)
    {
        int space = surface.IndexOf(' ', StringComparison.Ordinal);
        string first = space < 0 ? surface : surface[..space];
        return first.Length > 0 && char.IsLower(first[0]) && first.IndexOfAny(['-', '\'', '\u2019']) < 0;
    }

    /// <summary>
    /// "1,426 pilgrims" after "Muslim pilgrims": a bare population noun is the population named before with that head word,
    /// when there is one.
    /// </summary>
    private static EntityRecord? BarePopulationOf(List<EntityRecord> history, EntityMention m)
    {
        if (m.Type != EntityType.Group || m.Head is null || m.Name != m.Head)
        {
            return null;
        }

        EntityRecord? record = Latest(history, r => r.Type == EntityType.Group && r.Heads.Contains(m.Head) && r.Name != m.Head);
        record?.AddAlias(m.Surface);
        return record;
    }

    private static EntityRecord? ResolveDescriptor(ExtractionContext context, List<EntityRecord> history, EntityMention m)
    {
        EntityRecord? record = null;
        switch (m.Type)
        {
            case EntityType.Country when m.Name is not null:
                record = context.Entities.GetOrAdd(EntityType.Country, m.Name);
                break;
            case EntityType.Person:
                string? countryId = m.TitleHolder is { Type: EntityType.Country } holder ? StableId.Entity(EntityType.Country, holder.Name!) : null;
                // "the President" is whoever was last given that very title; a title of its own kind
                // ("the Vice President", "the Prime Minister") never stands for another office holder.
                // The title as the gazetteer writes it ("National Security Advisor" is the "National Security Adviser").
                string role = m.Head ?? RoleOf(m);
                Func<EntityRecord, bool> holdsRole = r => r.Type == EntityType.Person && (countryId is null || r.CountryId == countryId)
                    && string.Equals(r.Title, role, StringComparison.OrdinalIgnoreCase);
                record = MostNamed(history, r => holdsRole(r) && !r.TitleQualified) ?? Latest(history, holdsRole);
                bool isTitle = history.Any(r => r.Type == EntityType.Person && r.Title is not null
                    && r.Title.EndsWith(role, StringComparison.OrdinalIgnoreCase));
                if (context.Resources.Gazetteer.TitleWrittenAs(role.Split(' ')) is { Kind: TitleKind.Office or TitleKind.Style })
                {
                    // "the Vice President" is no press secretary: an office stands only for its holder, and a one-word office
                    // for a holder of an office built on that word ("the Secretary" for "Secretary of State X").
                    record ??= role.Contains(' ', StringComparison.Ordinal) ? null : Latest(history, r => r.Type == EntityType.Person
                        && (countryId is null || r.CountryId == countryId) && r.Title is not null && Gazetteer.TitleHeadWord(r.Title) == Gazetteer.TitleHeadWord(role));
                    break;
                }

                record ??= Latest(history, r => r.Type == EntityType.Person && (countryId is null || r.CountryId == countryId)
                    && (countryId is not null || (r.Title is not null && !isTitle)));
                break;
            case EntityType.Group:
                record = Latest(history, r => r.Type == EntityType.Group && r.Heads.Contains(m.Head!))
                    ?? Latest(history, r => r.Type == EntityType.Group && r.IsPlural == m.IsPlural)
                    // "the paramilitary group" after "the Rapid Support Forces": a named group is one actor, whatever its name's number;
                    // "the rebels" after "the Northern Front": its fighters, named by what they are.
                    ?? (m.IsPlural && !Combatants.Contains(m.Head!) ? null : Latest(history, r => r.Type == EntityType.Group));
                break;
            default:
                break;
        }

        // A role noun or description ("the President", "the kingdom") refers to the entity here but names no one.
        return record;
    }

    /// <summary>The role a person descriptor names, without its determiner: "the Vice President" → "Vice President".</summary>
    private static string RoleOf(EntityMention m)
    {
        string surface = m.Surface.Trim();
        int space = surface.IndexOf(' ', StringComparison.Ordinal);
        bool determiner = space > 0 && surface[..space].ToLowerInvariant() is "the" or "this" or "that";
        return determiner ? surface[(space + 1)..] : surface;
    }

    /// <summary>
    /// "Senator Reed will convey the concerns of President Lind. He will also consult ...": a person pronoun that is its
    /// clause's subject continues the person the text is about, the subject of an earlier clause of its sentence or of the
    /// sentence before, rather than the person named last; null when there is none.
    /// </summary>
    private static string? SubjectPronounAntecedent(
        Sentence sentence, List<EntityMention> mentions, EntityMention pronoun, (EntityRecord Record, int Sentence)? lastSubject)
    {
        if (pronoun.Type != EntityType.Person || pronoun.IsPlural || sentence.Parse is not { } parse || SubjectToken(parse, pronoun) < 0)
        {
            return null;
        }

        // "Reed told Soto that he would go": the subject of an earlier clause of the sentence.
        foreach (EntityMention earlier in mentions.Where(e => e.TokenEnd <= pronoun.TokenStart && e.EntityIds.Count == 1
                     && e.Kind is MentionKind.Name or MentionKind.Descriptor && e.EffectiveType == EntityType.Person))
        {
            if (SubjectToken(parse, earlier) >= 0)
            {
                return earlier.EntityIds[0];
            }
        }

        return lastSubject is { } last && last.Sentence == sentence.Index - 1 ? last.Record.Id : null;
    }

    /// <summary>The entity the subject of the sentence's main clause names, or null.</summary>
    private static string? MainSubject(Sentence sentence, List<EntityMention> mentions)
    {
        if (sentence.Parse is not { } parse)
        {
            return null;
        }

        int root = parse.Tokens.FirstOrDefault(t => t.Relation == "root")?.Index ?? -1;
        foreach (EntityMention m in mentions.Where(m => m.EntityIds.Count == 1 && m.Kind is MentionKind.Name or MentionKind.Pronoun or MentionKind.Descriptor))
        {
            if (SubjectToken(parse, m) is int k and >= 0 && parse.Tokens[k].Head == root)
            {
                return m.EntityIds[0];
            }
        }

        return null;
    }

    /// <summary>The mention's word that is a clause's subject, or -1.</summary>
    private static int SubjectToken(Syntax.ParsedSentence parse, EntityMention mention) =>
        PersonEvidence.HeadOf(parse, mention.Span) is int k and >= 0 && parse.Tokens[k].Relation is "nsubj" or "nsubj:pass" ? k : -1;

    private static IEnumerable<string> ResolvePronoun(List<EntityRecord> history, IReadOnlyList<string> lastPlural, EntityMention m)
    {
        EntityRecord? record = m.Type switch
        {
            EntityType.Person => Latest(history, r => r.Type == EntityType.Person),
            EntityType.Organization => Latest(history, r => r.Type is EntityType.Country or EntityType.Organization or EntityType.Event
                || (r.Type == EntityType.Group && !r.IsPlural)),
            _ => null,
        };

        if (record is not null)
        {
            return [record.Id];
        }

        if (m.Type == EntityType.Group)
        {
            return lastPlural.Count > 0 ? lastPlural
                : Latest(history, r => r.Type == EntityType.Group && r.IsPlural) is { } group ? [group.Id] : [];
        }

        return [];
    }

    /// <summary>The two latest distinct entities that fit a pair reference (people, countries, or any actors), or none.</summary>
    private static IEnumerable<string> ResolvePair(List<(EntityRecord Record, int Sentence)> parties, int firstSentence, EntityType type)
    {
        var found = new List<string>();
        for (int i = parties.Count - 1; i >= 0 && found.Count < 2 && parties[i].Sentence >= firstSentence; i--)
        {
            EntityRecord r = parties[i].Record;
            bool fits = type == EntityType.Group
                ? r.Type is EntityType.Person or EntityType.Country or EntityType.Organization or EntityType.Group
                : r.Type == type;
            if (fits && !found.Contains(r.Id))
            {
                found.Add(r.Id);
            }
        }

        return found.Count == 2 ? found : [];
    }

    /// <summary>The two countries the article names most often so far, when two stand out from the rest; else none.</summary>
    private static IEnumerable<string> TwoMostNamedCountries(List<EntityRecord> history)
    {
        var countries = history.Where(r => r.Type == EntityType.Country).DistinctBy(r => r.Id)
            .OrderByDescending(r => r.Mentions.Count).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        return countries.Count >= 2 && (countries.Count == 2 || countries[1].Mentions.Count > countries[2].Mentions.Count)
            ? [countries[0].Id, countries[1].Id]
            : [];
    }

    /// <summary>
    /// The record the article names most often so far among those <paramref name="predicate"/> accepts, the latest of
    /// them on a tie: "the President" of a briefing is the one it is about, not a foreign president it mentions last.
    /// </summary>
    private static EntityRecord? MostNamed(List<EntityRecord> history, Func<EntityRecord, bool> predicate)
    {
        EntityRecord? best = null;
        for (int i = history.Count - 1; i >= 0; i--)
        {
            if (predicate(history[i]) && (best is null || history[i].Mentions.Count > best.Mentions.Count))
            {
                best = history[i];
            }
        }

        return best;
    }

    private static EntityRecord? Latest(List<EntityRecord> history, Func<EntityRecord, bool> predicate)
    {
        for (int i = history.Count - 1; i >= 0; i--)
        {
            if (predicate(history[i]))
            {
                return history[i];
            }
        }

        return null;
    }
}
