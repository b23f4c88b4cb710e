using Graph.Extraction.Internal;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Mentions;

/// <summary>Names found by the trained recognizer (<see cref="Sentence.Names"/>).</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// A one-word name is taken only when the recognizer chose it by at least this score margin: a lone capitalized
    /// word is the recognizer's most frequent mistake (a capitalized common word, a deity, a religion).
    /// </summary>
    internal const float MinSingleWordMargin = 8f;

    /// <summary>A name of several words is taken only when the recognizer chose it by at least this margin.</summary>
    internal const float MinMargin = 2f;

    /// <summary>
    /// The most words a sentence in title case may have and still be read as a sentence: the longer a line, the less
    /// likely every word of it is capitalized by chance.
    /// </summary>
    internal const int ShortSentenceWords = 10;

    private static readonly string[] PlacePrepositions = ["in", "near", "outside", "from"];

    /// <summary>
    /// The type the recognizer gives each name of an article (its words as written), by the sum of its margins over
    /// every occurrence: one reading for a name across the article ("Montalvo" a person throughout).
    /// </summary>
    public static Dictionary<string, NameType> ArticleTypes(string text, IEnumerable<Sentence> sentences)
    {
        var votes = new Dictionary<(string, NameType), float>();
        foreach (Sentence sentence in sentences)
        {
            foreach (NameSpan name in sentence.Names)
            {
                var key = (NameText(text, sentence, name), name.Type);
                votes[key] = votes.GetValueOrDefault(key) + name.Margin;
            }
        }

        return votes.GroupBy(v => v.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Item2).First().Key.Item2, StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds the recognizer's names where no mention overlaps them, typed by the article's reading of the name
    /// (<paramref name="types"/>): a person as Person; an organization as Organization, or Group when its last word
    /// names groups ("Forces"); a location as the gazetteer types the name, else as Region when its last word names a
    /// geographic feature ("Shoal", "County") and City otherwise; a name of several words ending in an event's head word
    /// ("Fair", "Conference") is an Event whatever its reading. A title or an opening adverb or greeting is left out ("Secretary", "Yesterday"),
    /// an organization ends at its last head word ("Refugee Council"). Names in title-case lines, names that do not
    /// start and end with a capitalized word, calendar words, titles, a sentence's first word when it is an ordinary
    /// word ("Despite"), and the recognizer's weak guesses are left out; a one-word location needs a place
    /// preposition before it ("in", "from") or a known place after a comma. A tentative person the recognizer also
    /// reads as a person is confirmed.
    /// </summary>
    public void AddRecognizedNames(Sentence sentence, List<EntityMention> mentions, IReadOnlyDictionary<string, NameType> types)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        // A line in title case is a headline, a heading or a list of names, unless it is a short sentence, which may
        // capitalize every word ("Thanks to Ada Okafor."): the people the recognizer finds there are taken, its other
        // names are not ("Reducing the Burden of Medical Debt.").
        bool titleCase = IsTitleCase(t);
        if (sentence.Parse is null || sentence.Names.Count == 0 || (titleCase && !IsShortSentence(t)))
        {
            return;
        }

        GazetteerEntry?[] gazetteer = MatchGazetteer(t, out int[] lengths);
        foreach (NameSpan name in sentence.Names)
        {
            if (TokenRange(sentence, name) is not var (start, end))
            {
                continue;
            }

            NameType type = types.GetValueOrDefault(NameText(_text, sentence, name), name.Type);
            if (titleCase && type != NameType.Person)
            {
                continue;
            }

            if (type == NameType.Person && end - start >= 3 && t[end - 2].Is(',') && GenerationalSuffix.Is(t[end - 1].Text))
            {
                // "Ada Okafor, Jr.": the suffix is left out of the name, as the rules leave it.
                end -= 2;
            }

            // A title, or "Ada Okafor, Jr., of Lagos", says a person whatever the names around.
            bool namedAsPerson = MatchTitle(t, start).Title is not null || (start > 0 && MatchTitle(t, start - 1).Title is not null)
                || (At(t, end)?.Is(',') == true && At(t, end + 1) is { Lower: "jr." or "jr" or "sr." or "sr" or "of" });
            // What the words around say outweighs how sure the recognizer is of the name.
            bool confident = false;
            if (end - start == 1 && type is NameType.Person or NameType.Organization && t[start].Text.Length >= 3 && IsAbbreviation(t[start].Text) && gazetteer[start] is null
                && MatchTitle(t, start).Title is null)
            {
                // "IRENA", "the CFPB": a word of three capitals or more no list knows, read as a name, is a body's abbreviation, never a
                // person's name, and a sure enough name however short.
                type = NameType.Organization;
                confident = name.Margin >= MinMargin;
            }
            else if (type is NameType.Person or NameType.Location && !namedAsPerson && CompanyEnd(t, start, end) is int company)
            {
                // "managed by Marwick Capital", "chief executive of Harlow Energy": a company's last word after the name
                // makes it the company's, whatever the recognizer read in its first word.
                end = company;
                type = NameType.Organization;
                confident = true;
            }
            else if (type is NameType.Person or NameType.Organization && !namedAsPerson && AmongPlaces(sentence, name.Start, mentions, types))
            {
                // "centers open in Bradenton, Branford, Lake City and Sarasota": a name listed among places is one.
                type = NameType.Location;
            }
            else if (type == NameType.Person && !namedAsPerson && end - start <= 2 && FollowedByItsState(t, end, gazetteer))
            {
                // "Scranton, Pennsylvania", "Mount Pleasant, Iowa": a name its state or country follows is a place.
                type = NameType.Location;
            }
            else if (type is NameType.Person or NameType.Organization && !namedAsPerson
                     && (DescribedAsABusiness(t, end) || ListedBeforeOtherBusinesses(t, end) || BeforeAPartner(t, end)))
            {
                // "Hotpack, a Dubai-based maker of packaging", "Hotpack and other packaging companies", "Boyd Hollander &
                // Ives": the words after the name say what it is.
                type = NameType.Organization;
                confident = true;
            }

            EntityMention? same = mentions.FirstOrDefault(m => m.TokenStart == start && m.TokenEnd == end);
            if ((type == NameType.Person || same is { Kind: MentionKind.Name, Type: EntityType.Person, Title: null }) && !namedAsPerson)
            {
                // A firm's partners, a list of counties, "Moody AFB": no person, whatever the model and the name's shape say.
                int root = ListRoot(sentence, start, end);
                bool noOne = ListedAsNoOne(sentence, start, end, root);
                NameType? read = noOne ? null
                    : ReadByItsWords(t, start, end) ?? ReadAsAPersonsBody(t, start, end, mentions)
                      ?? ReadAsAPlaceOfAKind(sentence.Parse, root) ?? ReadAsABusinessExample(sentence.Parse, root) ?? ReadAsAWorkplace(sentence.Parse!, root);
                if ((noOne || read is not null) && same is { Kind: MentionKind.Name, Type: EntityType.Person, Title: null })
                {
                    mentions.Remove(same);
                    same = null;
                }

                if (noOne)
                {
                    continue;
                }

                type = read ?? type;
                confident |= read is not null;
            }

            if (same is { IsTentative: true, Type: EntityType.Person } && type == NameType.Person)
            {
                same.IsTentative = false;
                continue;
            }

            // Titles ("Secretary"), plural ones too ("Secretaries"), are no part of the name.
            while (start < end)
            {
                int titleLength = MatchTitle(t, start).Length;
                if (titleLength == 0 && !IsPluralTitle(t[start]))
                {
                    break;
                }

                start += Math.Max(1, titleLength);
            }

            if (type == NameType.Person && NameAfterInnerTitle(t, start, end) is int named)
            {
                // "Harris County Sheriff Ada Okafor", "Acme Steel President Ada Okafor": the body before a title is the
                // title's, the name comes after it.
                start = named;
            }

            while (start < end && (_openers.Contains(t[start].Lower) || OpensWithAVerb(sentence, start)))
            {
                start++;
            }

            if (start < end && ListedAfterAPluralTitle(t, start))
            {
                // "Senators Moran, Tester, and Hassan, Representatives Bost and Takano": each is a person, however read.
                type = NameType.Person;
                confident = true;
            }

            if (type == NameType.Organization)
            {
                end = ContinuedByTheParse(sentence, start, OrganizationEnd(t, start, end));
                // "Manufacturing Management from Harlow State University": a body's name never holds "from"; the name is
                // what follows it.
                int from = Enumerable.Range(start, Math.Max(0, end - start)).LastOrDefault(k => t[k].Text == "from", -1);
                start = from >= 0 ? from + 1 : start;
            }

            // "Representatives Titus and Lee": people listed in one span are each a name of their own.
            foreach ((int from, int to, NameType partType) in Parts(t, start, end, type, namedAsPerson))
            {
                if (from >= to || mentions.Any(m => m.TokenStart < to && from < m.TokenEnd)
                    || !Acceptable(t, from, to, name, partType, gazetteer, lengths, sentence.Parse, confident)
                    || (partType == NameType.Person && NamesAKindOfPeople(sentence.Parse, new TextSpan(t[from].Start, t[to - 1].End))))
                {
                    continue;
                }

                EntityType entityType = TypeOf(t, from, to, partType, gazetteer);
                string? listed = ListedPlace(t, from, to) is { } place && place.Type == entityType ? place.CanonicalName : null;
                mentions.Add(Make(sentence, from, to, MentionKind.Name, entityType, listed ?? Surface(t, from, to),
                    head: entityType == EntityType.Group ? t[to - 1].Lower : null, plural: entityType == EntityType.Group && t[to - 1].Text.EndsWith('s')));
            }
        }
    }

    /// <summary>
    /// The names a span holds: the people a person's span lists (<see cref="ListedPeople"/>); a titled person and the body
    /// after their "of" ("Chief Executive [Ada Okafor of Lumen Display]", read as one body); a body and the person named
    /// after it, with or without a title between ("[Office of Budget Administrator Ada Okafor]", "[Office of Budget
    /// Ada Okafor]", read as one body); else the span itself.
    /// </summary>
    private IEnumerable<(int Start, int End, NameType Type)> Parts(IReadOnlyList<Token> t, int start, int end, NameType type, bool namedAsPerson)
    {
        if (type == NameType.Person)
        {
            return ListedPeople(t, start, end).Select(p => (p.Start, p.End, NameType.Person));
        }

        int of = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(k => t[k].Text == "of", -1);
        if (type != NameType.Location && namedAsPerson && of > start)
        {
            return [(start, of, NameType.Person), (of + 1, end, NameType.Organization)];
        }

        if (type == NameType.Organization && PersonAfterABody(t, start, end) is var (bodyEnd, person))
        {
            return [(start, bodyEnd, NameType.Organization), (person, end, NameType.Person)];
        }

        return [(start, end, type)];
    }

    /// <summary>
    /// Where a body's name ends and a person's begins in a span read as one body: at a given name the officeholders' list
    /// knows, when it and one to three more name words end the span, after a title or right after two words or more of
    /// the body; null otherwise.
    /// </summary>
    private (int BodyEnd, int Person)? PersonAfterABody(IReadOnlyList<Token> t, int start, int end)
    {
        for (int p = Math.Max(start + 2, end - 4); p <= end - 2; p++)
        {
            // The list's given names hold some ordinary and place words ("Government", "San"), which start no one's name here.
            if (!_gazetteer.Officeholders.IsGivenName(t[p].Text) || !Enumerable.Range(p, end - p).All(k => IsNameWord(t[k], null) && !_lexicon.IsOrdinaryWord(t[k].Lower))
                || _gazetteer.EntriesStartingWith(t[p].Lower).Any(e => e.Type is EntityType.City or EntityType.Region or EntityType.Country) || (_lexicon.NounKindOf(t[end - 1].Text) & NounKind.OrganizationHead) != 0)
            {
                continue;
            }

            int title = Enumerable.Range(start + 1, p - start - 1).FirstOrDefault(k => MatchTitle(t, k) is { Title.Kind: not TitleKind.Role } m && k + m.Length == p, p);
            return title - start >= 2 ? (title, p) : null;
        }

        return null;
    }

    /// <summary>
    /// Where a company's name ends when capitalized words after the name end in a company's last word ("Marwick
    /// [Capital]", "Harlow [Energy]"; <c>company-name</c> in the function words): null when none follows.
    /// </summary>
    private int? CompanyEnd(IReadOnlyList<Token> t, int start, int end)
    {
        for (int k = end; k < start + 4 && At(t, k) is { IsCapitalized: true, IsWord: true } word && MatchTitle(t, k).Title is null; k++)
        {
            if (_lexicon.FunctionWords("company-name").Contains(word.Lower))
            {
                return _lexicon.IsOrdinaryWord(t[start].Lower) ? null : k + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> is one of a list that a plural title opens ("Senators Moran, Tester,
    /// and Hassan"): only names, commas and "and" lie between.
    /// </summary>
    private bool ListedAfterAPluralTitle(IReadOnlyList<Token> t, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - 16; k--)
        {
            if (IsPluralTitle(t[k]))
            {
                return true;
            }

            if (!(t[k].Is(',') || t[k].Lower == "and" || (t[k].IsWord && t[k].IsCapitalized && MatchTitle(t, k).Title is null)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The names a person span lists, split at "and", "or", "&amp;" and, in such a list, commas; the span itself when it
    /// lists none.
    /// </summary>
    internal static List<(int Start, int End)> ListedPeople(IReadOnlyList<Token> t, int start, int end)
    {
        var names = new List<(int, int)>();
        if (start >= end || !Enumerable.Range(start, end - start).Any(k => t[k].Lower is "and" or "or" or "&"))
        {
            // "Ada Okafor, Jr." is one name.
            names.Add((start, end));
            return names;
        }

        int from = start;
        for (int k = start; k <= end; k++)
        {
            if (k == end || t[k].Lower is "and" or "or" or "&" || t[k].Is(','))
            {
                names.Add((from, k));
                from = k + 1;
            }
        }

        return names;
    }

    /// <summary>"Boyd Hollander &amp; Ives": a name joined by "&amp;" to an untitled name is a firm's ("Mr. Roe &amp; Dr. Roe" are two people).</summary>
    private bool BeforeAPartner(IReadOnlyList<Token> t, int end) =>
        At(t, end)?.Text == "&" && At(t, end + 1) is { IsCapitalized: true, IsWord: true } && MatchTitle(t, end + 1).Title is null;

    /// <summary>A sentence of at most <see cref="ShortSentenceWords"/> words that a full stop ends.</summary>
    private static bool IsShortSentence(IReadOnlyList<Token> t) =>
        t.Count > 0 && t[^1].Is('.') && t.Count(token => token.IsWord) <= ShortSentenceWords;

    /// <summary>
    /// Whether the word is coordinated with two or more places (named so already, or read as places by the recognizer), more
    /// than the recognizer reads as people or after "in", and with no one the rules found to be a person.
    /// </summary>
    private bool AmongPlaces(Sentence sentence, int word, List<EntityMention> mentions, IReadOnlyDictionary<string, NameType> types)
    {
        ParsedSentence parse = sentence.Parse!;
        int root = parse.Tokens[word].Relation == "conj" ? parse.Tokens[word].Head : word;
        int places = 0;
        int people = 0;
        var others = parse.Children(root).Where(c => parse.Tokens[c].Relation == "conj").Append(root).Where(k => k != word).ToList();
        if (others.Count < 2)
        {
            return false;
        }

        foreach (int k in others)
        {
            EntityMention? named = mentions.FirstOrDefault(m => m.Kind == MentionKind.Name && m.Span.Start <= parse.Tokens[k].Start && parse.Tokens[k].End <= m.Span.End);
            NameType? read = sentence.Names.Where(n => n.Start == k).Select(n => (NameType?)types.GetValueOrDefault(NameText(_text, sentence, n), n.Type)).FirstOrDefault();
            if (named is { Type: EntityType.Person, IsTentative: false })
            {
                return false;
            }

            places += named?.Type is EntityType.City or EntityType.Region or EntityType.Country || read == NameType.Location ? 1 : 0;
            people += named is null && read == NameType.Person ? 1 : 0;
        }

        // "open in Bradenton, Branford, Glen Saint Mary, Homosassa and Tampa": a list "in" governs holds places, however many
        // of its names the recognizer reads as people.
        bool afterIn = parse.Children(root).Any(c => parse.Tokens[c] is { Relation: "case", Form: "in" or "near" });
        return places >= 2 && (places > people || afterIn);
    }

    /// <summary>Where the name starts after the last title inside a person's span, when only name words follow it; else null.</summary>
    private int? NameAfterInnerTitle(IReadOnlyList<Token> t, int start, int end)
    {
        for (int k = end - 2; k > start; k--)
        {
            if (MatchTitle(t, k) is { Title: { Kind: not TitleKind.Role }, Length: var length } && k + length < end
                && Enumerable.Range(k + length, end - k - length).All(n => IsNameWord(t[n], null)))
            {
                return k + length;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token of a person name the recognizer found ending exactly at <paramref name="end"/> and starting at
    /// <paramref name="from"/> or later, or null.
    /// </summary>
    private static int? RecognizedPersonStart(Sentence sentence, int from, int end)
    {
        if (sentence.Parse is null)
        {
            return null;
        }

        foreach (NameSpan name in sentence.Names)
        {
            if (name.Type == NameType.Person && name.Margin >= MinMargin && TokenRange(sentence, name) is var (start, nameEnd)
                && nameEnd == end && start >= from)
            {
                return start;
            }
        }

        return null;
    }

    private static string NameText(string text, Sentence sentence, NameSpan name)
    {
        IReadOnlyList<SyntaxToken> words = sentence.Parse!.Tokens;
        return text[words[name.Start].Start..words[name.End - 1].End];
    }

    /// <summary>The tokens whose characters are exactly the name's (a final period left out), or null when the name cuts a token.</summary>
    private static (int Start, int End)? TokenRange(Sentence sentence, NameSpan name)
    {
        IReadOnlyList<SyntaxToken> words = sentence.Parse!.Tokens;
        int from = words[name.Start].Start;
        int to = words[name.End - 1].End;
        IReadOnlyList<Token> t = sentence.Tokens;
        int start = -1;
        int end = -1;
        for (int k = 0; k < t.Count; k++)
        {
            if (t[k].Start == from)
            {
                start = k;
            }

            if (t[k].End == to)
            {
                end = k + 1;
            }
        }

        // An abbreviation's period may be a token of its own here ("Inc" "."); it is no part of the name.
        while (end > start && start >= 0 && !t[end - 1].IsWord)
        {
            end--;
        }

        return start >= 0 && end > start ? (start, end) : null;
    }

    /// <summary>True when the token at <paramref name="k"/> is a capitalized ordinary noun ("Division", "Building"), no title or name of its own.</summary>
    private bool InLongerName(IReadOnlyList<Token> t, int k) =>
        k < t.Count && t[k].IsCapitalized && t[k].IsWord && _lexicon.IsOrdinaryWord(t[k].Lower) && MatchTitle(t, k).Title is null
        && !_stopWords.Contains(t[k].Lower) && !Calendar.IsCalendarWord(t[k].Lower) && !_gazetteer.EntriesStartingWith(t[k].Lower).Any();

    private bool Acceptable(IReadOnlyList<Token> t, int start, int end, NameSpan name, NameType type, GazetteerEntry?[] gazetteer, int[] lengths, ParsedSentence parse, bool confident)
    {
        if (!t[start].IsCapitalized || !t[end - 1].IsCapitalized || (name.Margin < MinMargin && !confident))
        {
            return false;
        }

        if (IsAdjectivalCompound(t[end - 1]) || IsCutOff(t, end - 1))
        {
            // "Native American-serving institutions": a compound modifier, not a name.
            return false;
        }

        if (Enumerable.Range(start, end - start).All(k => !t[k].IsWord || Calendar.IsCalendarWord(t[k].Lower) || _stopWords.Contains(t[k].Lower)))
        {
            return false;
        }

        bool sentenceInitial = start == 0 || (start == 1 && t[0].Kind == TokenKind.Quote);
        if (sentenceInitial && (IsSentenceOpener(t[start]) || _notNames.Contains(t[start].Lower)))
        {
            return false;
        }

        if (type == NameType.Person && (AfterArticle(t, start) || AfterIn(t, start)))
        {
            return false;
        }

        if (type == NameType.Person && Enumerable.Range(start, end - start - 1).Any(k => t[k].Is(',') && !GenerationalSuffix.Is(t[k + 1].Text)))
        {
            // "Roe, Jane" is a catalogue's order, not the text's: in a list of places ("Johnson, Laurel, Lawrence") it joins two.
            return false;
        }

        if (type == NameType.Person && end - start == 1 && !t[start].Text.Any(char.IsLower))
        {
            // A lone word in capitals ("MS. OKAFOR:", a transcript's speaker label) names no one the article does not name
            // in full, and an entity of a surname alone would stand apart from that person's.
            return false;
        }

        if (type == NameType.Location && Enumerable.Range(start + 1, end - start - 1)
                .Any(k => MatchTitle(t, k).Title?.Kind == TitleKind.Office || gazetteer[k] is { Kind: GazetteerForm.Adjective, Type: EntityType.Organization }))
        {
            // "South Dakota Republican Ada Okafor", "Lagos Governor Ada Okafor": a place before a party or an office opens
            // a person's description, and is no longer place.
            return false;
        }

        if (type != NameType.Person && end - start > 1 && MatchTitle(t, end - 1) is { Title.Kind: TitleKind.Office, Length: 1 })
        {
            // "the HHS Secretary", "the Agency Director": a body's office, which names whoever holds it, not a body or a place.
            return false;
        }

        // "the Marine Mammal and Turtle Research Division": a capitalized common noun right after a person's or a place's
        // name makes it part of a longer name, a body's, a programme's or a site's ("in Aqaba Marine Park"); so does a
        // body's head word after a person's possessive ("Okafor's Pharmacy", "Children's Hospital"); a person's name is
        // never followed by an abbreviation ("Kessler AFB") nor by a street's or a river's word ("Halvorsen Blvd.").
        if (type == NameType.Location && (InLongerName(t, end) || ModifiesALaterName(parse, name.End - 1)))
        {
            return false;
        }

        if (type == NameType.Person && (InLongerName(t, end) || BeforeAPlaceFeature(t, end) || (At(t, end) is { } next && IsAbbreviation(next.Text))
                                        || (At(t, end)?.Kind == TokenKind.Possessive && At(t, end + 1) is { IsCapitalized: true } owned && IsNameHead(owned))))
        {
            return false;
        }

        if (end - start > 1)
        {
            // A place no list knows needs a place's context ("in X", "X, Country"), or a last word that names a kind of area
            // ("Dnieper River") or body ("Air Force"); after "the", one ending in a common word names a building or a room
            // ("at the Volgograd Arena", "in the Art Gallery"), unless the country or region it lies in follows.
            return type != NameType.Location || gazetteer[start] is { Kind: GazetteerForm.Name } || ListedPlace(t, start, end) is not null
                || FollowedByItsContainer(t, end, gazetteer) || (_lexicon.NounKindOf(t[end - 1].Lower) & NounKind.PlaceFeature) != 0
                || (_lexicon.NounKindOf(t[end - 1].Text) & NounKind.OrganizationHead) != 0
                || (HasPlaceContext(t, start, end, gazetteer) && !(_lexicon.IsOrdinaryWord(t[end - 1].Lower) && AfterArticle(t, start)));
        }

        if (_notNames.Contains(t[start].Lower.TrimEnd('.')))
        {
            return false;
        }

        // A place of the world lists the recognizer reads as a place is one: the list and the reading agree.
        if (type == NameType.Location && ListedPlace(t, start, end) is not null)
        {
            return true;
        }

        if (name.Margin < MinSingleWordMargin && !confident)
        {
            return false;
        }

        // A lone capitalized word read as a place is most often a person or a deity; it needs a place's context.
        return type != NameType.Location || HasPlaceContext(t, start, end, gazetteer);
    }

    /// <summary>
    /// Whether the parse goes on with the name past the word: the word is a compound modifier of a capitalized word after
    /// it, or the head of a multiword name whose next word is ("Aqaba" in "Aqaba Marine Park").
    /// </summary>
    private static bool ModifiesALaterName(ParsedSentence parse, int word)
    {
        bool Capitalized(int k) => parse.Tokens[k].Form is [var first, ..] && char.IsUpper(first);
        return (parse.Tokens[word] is { Relation: "compound", Head: var head } && head > word && Capitalized(head))
            || (word + 1 < parse.Tokens.Count && parse.Tokens[word + 1] is { Relation: "flat", Head: var h } && h == word && Capitalized(word + 1));
    }

    /// <summary>A place preposition before the name ("in X"), or a known country or region after its comma ("X, Peru").</summary>
    private static bool HasPlaceContext(IReadOnlyList<Token> t, int start, int end, GazetteerEntry?[] gazetteer) =>
        (At(t, start - 1) is { } before && PlacePrepositions.Contains(before.Lower)) || FollowedByItsContainer(t, end, gazetteer);

    /// <summary>
    /// A comma, then a country's or a region's name that ends there ("Scranton, Pennsylvania."; not "Ada Roe, Texas Teacher of
    /// the Year").
    /// </summary>
    private static bool FollowedByItsState(IReadOnlyList<Token> t, int end, GazetteerEntry?[] gazetteer) =>
        FollowedByItsContainer(t, end, gazetteer) && At(t, end + 1 + gazetteer[end + 1]!.Tokens.Count) is not { IsCapitalized: true, IsWord: true };

    private static bool FollowedByItsContainer(IReadOnlyList<Token> t, int end, GazetteerEntry?[] gazetteer) =>
        At(t, end)?.Is(',') == true && end + 1 < t.Count && gazetteer[end + 1] is { Kind: GazetteerForm.Name, Type: EntityType.Country or EntityType.Region };

    /// <summary>
    /// A capitalized word the recognizer reads as a person but the parse reads as describing a plural common noun
    /// names a kind of people ("Black families", "Latino communities", "Native Hawaiian children"), not a person.
    /// </summary>
    internal static bool NamesAKindOfPeople(ParsedSentence parse, TextSpan span)
    {
        int head = PersonEvidence.HeadOf(parse, span);
        if (head < 0 || parse.Tokens[head] is not { Relation: "amod" or "compound" or "nmod:desc", Head: > 0 } word || word.Head <= head)
        {
            return false;
        }

        SyntaxToken modified = parse.Tokens[word.Head];
        return modified.Xpos == "NNS" && modified.Form.All(c => !char.IsLetter(c) || char.IsLower(c));
    }

    /// <summary>The listed place named by exactly the tokens from <paramref name="start"/> to <paramref name="end"/>, or null.</summary>
    private GazetteerEntry? ListedPlace(IReadOnlyList<Token> t, int start, int end) =>
        MatchListedPlace(t, start) is { } place && place.Tokens.Count == end - start ? place : null;

    private EntityType TypeOf(IReadOnlyList<Token> t, int start, int end, NameType type, GazetteerEntry?[] gazetteer)
    {
        NounKind head = _lexicon.NounKindOf(t[end - 1].Text);
        if ((head & NounKind.EventNameHead) != 0 && end - start > 1)
        {
            // "Google Science Fair", "Munich Security Conference": whatever the model read, a name ending in an event's head word is the event.
            return EntityType.Event;
        }

        switch (type)
        {
            case NameType.Person:
                // A name ending in an organization's head word ("Dartmouth College") is no person, whatever the model says.
                return (head & NounKind.OrganizationHead) != 0 ? EntityType.Organization : EntityType.Person;
            case NameType.Organization:
                return (head & NounKind.GroupNameHead) != 0 && !IsStatesForce(gazetteer, start, end) ? EntityType.Group : EntityType.Organization;
            default:
                if (gazetteer[start] is { Kind: GazetteerForm.Name } entry && entry.Tokens.Count == end - start)
                {
                    return entry.Type;
                }

                if (ListedPlace(t, start, end) is { } listed)
                {
                    return listed.Type;
                }

                return (head & NounKind.OrganizationHead) != 0 ? EntityType.Organization
                    : (_lexicon.NounKindOf(t[end - 1].Lower) & NounKind.PlaceFeature) != 0 ? EntityType.Region
                    : EntityType.City;
        }
    }
}
