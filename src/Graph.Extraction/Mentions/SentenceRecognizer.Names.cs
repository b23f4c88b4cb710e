using Graph.Extraction.Internal;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Persons and capitalized names.</summary>
internal sealed partial class SentenceRecognizer
{
    private const int MaxNameTokens = 5;

    /// <summary>"[Country|Org ['s]] Title Name": a person with a title held in a country or organization.</summary>
    private int TryTitledPerson(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        int j = i;
        EntityMention? holder = null;
        GazetteerEntry? entry = gazetteer[i];
        if (entry is { Type: EntityType.Country or EntityType.Organization or EntityType.Group })
        {
            j = i + lengths[i];
            holder = Make(sentence, i, j, entry.Kind == GazetteerForm.Name ? MentionKind.Name : MentionKind.Adjective, entry.Type, entry.CanonicalName);
            if (At(t, j)?.Kind == TokenKind.Possessive)
            {
                j++;
            }
        }

        // "Deputy Director of ... Jane Roe", "Acting Administrator Jane Roe": words that only qualify the title come before it
        // ("Deputy" is an office of its own, but not before another). "Under" and "Co" qualify only as part of a listed
        // title ("Under Secretary"): "Under President Roe's leadership" opens with a preposition.
        while (At(t, j) is { IsCapitalized: true } qualifier && EntityMention.IsTitleModifier(qualifier.Lower)
               && qualifier.Lower is not ("the" or "dr" or "dr." or "mr" or "mr." or "mrs" or "mrs." or "ms" or "ms." or "under" or "co")
               && MatchTitle(t, j) is var own && (own.Title is null || (own.Length == 1 && MatchTitle(t, j + 1).Title is { Kind: TitleKind.Office })))
        {
            j++;
        }

        (TitleEntry? title, int titleLength) = MatchTitle(t, j);
        if (title is null || title.Kind == TitleKind.Role)
        {
            return -1;
        }

        int nameStart = j + titleLength;
        if (MatchTitle(t, nameStart).Title is { Kind: not TitleKind.Role })
        {
            // "Madam Speaker", "Mr. President": a title addressed by another names nobody; a name after both is read from the second.
            return -1;
        }

        int nameEnd = ReadName(t, nameStart, gazetteer);
        if (nameEnd == nameStart && At(t, nameStart) is { Lower: "to" } && (At(t, nameStart + 1)?.Lower == "the" ? nameStart + 2 : nameStart + 1) is int served
            && MatchTitle(t, served) is { Title.Kind: TitleKind.Office, Length: var servedLength })
        {
            // "Press Secretary to the Vice President Jane Roe": the office served is no title of the name after it.
            nameStart = served + servedLength;
            nameEnd = ReadName(t, nameStart, gazetteer);
        }

        EntityMention? complement = null;
        if (nameEnd == nameStart && ReadTitleComplement(sentence, gazetteer, lengths, nameStart) is var (body, bodyEnd, bodyHolds))
        {
            complement = body;
            nameStart = bodyEnd;
            nameEnd = ReadName(t, nameStart, gazetteer);
            holder ??= bodyHolds ? body : null;
        }

        if (nameEnd == nameStart && complement is null && title.Kind == TitleKind.Office && At(t, nameStart) is { Lower: "of" or "for" }
            && (At(t, nameStart + 1)?.Lower == "the" ? nameStart + 2 : nameStart + 1) is int field && At(t, field) is { IsCapitalized: true }
            && QualifiedName(sentence, gazetteer, field, ReadCapitalizedRun(t, field)) is int qualified)
        {
            // "Secretary of the Navy Jane Roe", "Secretary of Health Jane Roe": the office's own field, no body the text names
            // apart, and then the name.
            nameStart = qualified;
            nameEnd = ReadName(t, nameStart, gazetteer);
        }

        if (nameEnd == nameStart
            || (nameEnd - nameStart == 1 && complement is null && WordAt(sentence, t[nameStart]) is { Xpos: not "NNP" })
            || (At(t, nameEnd) is { IsCapitalized: true } after && _gazetteer.TitleHeadWords.Contains(after.Lower)))
        {
            // A lone word the tagger reads as a common noun or adjective is no surname: "General Provisions",
            // "Ambassador Extraordinary", "General Motors"; nor are words that go on into a title ("Chief Performance Officer").
            return -1;
        }

        string name = Surface(t, nameStart, nameEnd);
        if (title.Kind == TitleKind.Style && nameEnd - nameStart == 1)
        {
            // Royal and religious styles are part of how a single-named person is known ("King Abdullah").
            name = title.Title + " " + name;
        }

        if (complement is not null)
        {
            complement.IsModifier = true;
            result.Add(complement);
            if (holder is not null && holder != complement)
            {
                holder.IsModifier = true;
                result.Insert(result.Count - 1, holder);
            }
        }
        else if (holder is not null)
        {
            holder.IsModifier = true;
            result.Add(holder);
        }
        else if (title.Kind == TitleKind.Office && At(t, nameEnd) is { Lower: "of" } && (At(t, nameEnd + 1)?.Lower == "the" ? nameEnd + 2 : nameEnd + 1) is int of
                 && At(t, of) is { IsCapitalized: true } && BodyNamedAt(sentence, gazetteer, lengths, of) is { Type: EntityType.Country or EntityType.Organization } office)
        {
            // "Prime Minister Narendra Modi of India", "President X of the Palestinian Authority": the holder follows; it stays a
            // mention of its own too.
            holder = office;
        }

        result.Add(Make(sentence, i, nameEnd, MentionKind.Name, EntityType.Person, name, title: title.Title, titleKind: title.Kind, holder: holder));
        return nameEnd;
    }

    private (TitleEntry? Title, int Length) MatchTitle(IReadOnlyList<Token> t, int start)
    {
        if (At(t, start) is not { IsWord: true } first)
        {
            return (null, 0);
        }

        if (_titleAcronyms.TryGetValue(first.Text, out TitleEntry? defined) && At(t, start - 1)?.Is('(') != true)
        {
            return (defined, 1);
        }

        foreach (TitleEntry title in _gazetteer.TitlesStartingWith(first.Lower))
        {
            if (start + title.Tokens.Count <= t.Count
                && title.Tokens.Select((w, k) => string.Equals(w, t[start + k].Text, StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                return (title, title.Tokens.Count);
            }
        }

        return (null, 0);
    }

    /// <summary>Reads a person name: capitalized words and name particles ("Abu Bakr al-Baghdadi", "Ursula von der Leyen").</summary>
    private int ReadName(IReadOnlyList<Token> t, int start, GazetteerEntry?[] gazetteer)
    {
        int n = start;
        int lastName = start;
        while (n < t.Count && n - start < MaxNameTokens)
        {
            Token token = t[n];
            bool surnameAfterInitial = n > start && IsInitial(t[n - 1]) && token.IsCapitalized && Calendar.IsCalendarWord(token.Lower);
            // "Press Secretary Ada Okafor Aboard Air Force One": in a heading a preposition is capitalized too, and ends the name.
            if (token.IsCapitalized && (!Calendar.IsCalendarWord(token.Lower) || surnameAfterInitial)
                && !_stopWords.Contains(token.Lower) && !(n > start && _prepositions.Contains(token.Lower))
                && (IsNameWord(token, null) || surnameAfterInitial || (n > start && token.Lower.TrimEnd('.') is "jr" or "sr" or "ii" or "iii" or "iv"))
                && (gazetteer[n] is not { Kind: GazetteerForm.Name, Type: not EntityType.Person } || IsSurnameNamedLikeABody(t, n, start, gazetteer))
                && !(n > start && IsGerundOfAnAct(token)) && !(n > start + 1 && IsOrdinaryGerund(token)) && !IsCutOff(t, n))
            {
                n++;
                lastName = n;
            }
            else if (token.IsWord && IsParticle(token) && n > start)
            {
                n++;
                if (token.Text.Contains('-', StringComparison.Ordinal))
                {
                    lastName = n;
                }
            }
            else
            {
                break;
            }
        }

        return lastName;
    }

    /// <summary>
    /// "Mayor Ada Reuters", "Congresswoman Lena Jordan": a one-word body's or country's name closing a name after a given
    /// name is a surname, as companies and places are often named after people and people after places.
    /// </summary>
    private static bool IsSurnameNamedLikeABody(IReadOnlyList<Token> t, int n, int start, GazetteerEntry?[] gazetteer) =>
        n > start && gazetteer[n] is { Type: EntityType.Organization or EntityType.Group or EntityType.Country, Tokens.Count: 1 }
        && At(t, n + 1) is not { IsCapitalized: true } && gazetteer[n - 1] is null;

    /// <summary>
    /// "President Okafor Honoring Veterans": the "-ing" form of a verb the event patterns know ends a headline's name; no
    /// surname is one ("King", "Manning" and "Fleming" are no verbs' forms).
    /// </summary>
    private bool IsGerundOfAnAct(Token token)
    {
        string w = token.Lower;
        if (w.Length < 6 || !w.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        string stem = w[..^3];
        string[] lemmas = stem.Length > 2 && stem[^1] == stem[^2] ? [stem, stem + "e", stem[..^1]] : [stem, stem + "e"];
        return lemmas.Any(l => _lexicon.EventPatterns.WithLemma(l, EventPos.Verb).Any());
    }

    /// <summary>"First Lady Ada Okafor Marking Nowruz": after a full name, an "-ing" word text writes in lower case is a heading's verb.</summary>
    private bool IsOrdinaryGerund(Token token) =>
        token.Lower.Length > 5 && token.Lower.EndsWith("ing", StringComparison.Ordinal) && _lexicon.IsOrdinaryWord(token.Lower);

    private bool IsParticle(Token token)
    {
        if (_particles.Contains(token.Text))
        {
            return true;
        }

        int hyphen = token.Text.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1])
            && _particles.Contains(token.Text[..(hyphen + 1)]);
    }

    /// <summary>A run of capitalized words, classified by its head word: organization, group or person.</summary>
    private int TryCapitalizedRun(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        int start = i;
        bool sentenceInitial = i == 0 || (i == 1 && t[0].Kind == TokenKind.Quote);
        if ((sentenceInitial && IsSentenceOpener(t[i])) || OpensWithAVerb(sentence, i) || _stopWords.Contains(t[i].Lower) || _determiners.Contains(t[i].Lower)
            || _openers.Contains(t[i].Lower) || IsCompoundModifier(t[i]) || IsPluralTitle(t[i]) || IsRomanNumeral(t[i]))
        {
            return -1;
        }

        if (MatchTitle(t, start) is { Title: not null, Length: var titleLength } && At(t, start + titleLength) is { Lower: "of" })
        {
            // "President of Harlow Airlines": an office of a body, whose name is read from its own first word.
            return -1;
        }

        int end = ReadCapitalizedRun(t, start);
        if (end - start >= 2 && IsAdjectivalCompound(t[end - 1]))
        {
            // "Native American-serving institutions": a compound modifier ends the name before it, and its joining words with it.
            end--;
            while (end > start && !t[end - 1].IsCapitalized)
            {
                end--;
            }
        }

        if (end - start < 2)
        {
            return -1;
        }

        // "Ada Roe of the Green Party": before an "of" that follows no head word, the run names someone of the body named after it.
        int of = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(k => t[k].Lower == "of", -1);
        if (of > start + 1 && !IsNameHead(t[of - 1]) && IsNameHead(t[end - 1])
            && Enumerable.Range(start, of - start).All(k => IsNameWord(t[k], gazetteer[k]) && MatchTitle(t, k).Title is null))
        {
            end = of;
        }
        else if (of > start + 1 && IsPersonShaped(t, gazetteer, start, of))
        {
            // "Jo Park of Fresno", "J.W. Milam of Emmett Till's murder": a person's name does not go on with "of"; what
            // follows is where they are from or something of theirs.
            end = of;
        }

        // "Ada Roe and Tim Lee of the Green Party": two untitled names joined by "and" are two people, read one at a time.
        // "a Fellow at the Heritage Institutes for Research and Research Professor at ...", "the Potsdam Institute and
        // University of Lagos": an "and" before a title, or before a body's head word and its "of", starts a second name;
        // so does one before a second body's name of two words or more: after a first that ends in a head word ("Lagos
        // University and Akoka Law School"), unless an "of" makes that first part a head's complement ("Institute of
        // Museum and Library Services"); or when proper names stand on both sides of it ("University of Lagos and Akoka Law
        // School"; "Department of Health and Human Services" and "Food and Agriculture Organization" stay whole).
        int second = Enumerable.Range(start + 1, Math.Max(0, end - start - 2))
            .FirstOrDefault(k => t[k].Lower == "and" && (MatchTitle(t, k + 1).Title is not null || (k + 2 == end - 1 && MatchTitle(t, k + 2).Title is not null)
                                                 || (IsNameHead(t[k + 1]) && At(t, k + 2) is { Lower: "of" })
                                                 || (k - start >= 2 && end - k > 2 && IsNameHead(t[end - 1])
                                                     && ((IsNameHead(t[k - 1]) && !Enumerable.Range(start, k - start).Any(j => t[j].Lower == "of"))
                                                         || (IsNameHead(t[start]) && !_lexicon.IsOrdinaryWord(t[k - 1].Lower)
                                                             && !_lexicon.IsOrdinaryWord(t[k + 1].Lower) && !IsNameHead(t[k + 1]))))), -1);
        if (second > 0)
        {
            end = second;
        }

        // "Ada Roe and Tim Lee of Fresno": the second name ends at its "of".
        int joined = Enumerable.Range(start + 2, Math.Max(0, end - start - 3)).FirstOrDefault(k => t[k].Lower == "and", -1);
        int secondEnd = joined < 0 ? end : Enumerable.Range(joined + 1, end - joined - 1).FirstOrDefault(k => t[k].Lower == "of", end);
        if (joined > 0 && IsPersonShaped(t, gazetteer, start, joined) && IsPersonShaped(t, gazetteer, joined + 1, secondEnd))
        {
            end = joined;
        }

        int headAt = NameHead(t, start, end);
        if (headAt < end - 1 && RecognizedPersonStart(sentence, headAt + 2, end) is int personStart)
        {
            // "the Office of National Drug Control Policy Jane Roe": the name of the one who works there follows at once.
            // A joining word before that name ends neither ("the University of Lagos and Ada Roe").
            end = personStart;
            while (end > start + 1 && !t[end - 1].IsCapitalized)
            {
                end--;
            }
        }
        else if (headAt < end - 1 && PersonAfterABody(t, start, end) is var (bodyEnd, _))
        {
            // "the Office of Budget Planning Administrator Jane Roe", "the Office of Budget Planning Jane Roe": the same,
            // told by a title or a known given name.
            end = bodyEnd;
        }

        if (end - start >= 4 && t[end - 2].Lower == "and" && IsAcronym(t[end - 1]) && !IsAcronym(t[end - 3]))
        {
            // "the University of Calabar and MBA studies": a body's name does not end in "and" and an abbreviation.
            end -= 2;
        }

        Token head = t[headAt];
        NounKind headKind = _lexicon.NounKindOf(head.Text);
        EntityType? type = null;
        if ((_lexicon.NounKindOf(head.Lower) & NounKind.Agreement) != 0 || (headKind & NounKind.EventNameHead) != 0)
        {
            type = EntityType.Event;
        }
        else if ((headKind & NounKind.OrganizationHead) != 0)
        {
            type = EntityType.Organization;
        }
        else if ((headKind & NounKind.GroupNameHead) != 0)
        {
            type = IsStatesForce(gazetteer, start, end) ? EntityType.Organization : EntityType.Group;
        }
        else if (end - start <= 4 && Enumerable.Range(start, end - start).All(k => IsNameWord(t[k], gazetteer[k]) || (k > start && IsParticle(t[k])))
                 && Enumerable.Range(start, end - start).All(k => MatchTitle(t, k).Title is null) && !AfterArticle(t, start) && !AfterIn(t, start)
                 && !BeforeAPlaceFeature(t, end))
        {
            // "Turner Construction": a person's shape, a company's last word. "Okafor Avenue", "Halvorsen Blvd.": a street.
            // "Chief Executive Ada Okafor of Lumen Display": a name after a titled person's and "of" is where they work.
            type = IsCompanyName(t, start, end) || WorkplaceOfATitledPerson(t, start, end, result) ? EntityType.Organization : EntityType.Person;
        }

        if (type is null)
        {
            // "Council President Jane Roe and NATO Secretary General John Doe": a run that is no body's name but joins
            // two titled names is read up to its "and"; the rest is read again from there.
            // "Secretary for Management and Resources Jane Roe" has no title after its "and" and stays whole.
            int and = Enumerable.Range(start, end - start).FirstOrDefault(k => t[k].Lower == "and"
                && Enumerable.Range(k + 1, end - k - 1).Any(j => MatchTitle(t, j).Title is { Kind: not TitleKind.Role }), end);
            // "Republican Senator Jane Roe of Ohio": a run that holds a titled name but is no name as a whole is read again
            // from its title, so the titled name and what follows it are still found.
            // The name after that title must run to the run's end or its "of" ("Deputy Attorney General Jane Monaco" is left
            // whole when a place's name would cut the name short).
            int titled = Enumerable.Range(start + 1, Math.Max(0, and - start - 1)).FirstOrDefault(k => ReadsTitledName(t, gazetteer, k, and), and);
            // "our NATO Ally Türkiye", "Senior NATO officials": a run that is no name as a whole, whose words before a name
            // the gazetteer knows are ordinary words, is read again from that name ("Deputy Attorney General Lisa Monaco"
            // stays whole).
            int place = Enumerable.Range(start + 1, Math.Max(0, and - start - 1))
                .FirstOrDefault(k => gazetteer[k] is not null
                    && Enumerable.Range(start, k - start).All(j => _lexicon.IsOrdinaryWord(t[j].Lower) && MatchTitle(t, j).Title is null), and);
            return TryTrailingTitledName(sentence, gazetteer, lengths, start, and, result) ?? Math.Min(titled, place);
        }

        EntityMention mention = Make(sentence, start, end, MentionKind.Name, type.Value, Surface(t, start, end),
            plural: head.Text.EndsWith('s'), head: type == EntityType.Group ? head.Lower : null);
        if (type == EntityType.Person)
        {
            // An untitled capitalized run is a person only with more evidence: a verb of saying or an apposition
            // after it, or its surname used alone elsewhere (checked by the mention stage).
            mention.IsTentative = !IsSpeakerOrApposition(t, end) && !PersonEvidence.Supports(sentence.Parse, mention.Span, _saying, _gazetteer.TitleHeadWords)
                && !HasHyphenatedGivenName(t, start, end);
        }

        int next = end;
        if (At(t, end)?.Is('(') == true && At(t, end + 1) is { IsWord: true } acronym && At(t, end + 2)?.Is(')') == true
            && acronym.Text.TrimEnd('s').All(char.IsUpper))
        {
            mention.Aliases.Add(acronym.Text);
            next = end + 3;
        }

        result.Add(mention);
        return next;
    }

    /// <summary>"VII", "IV.": a number in Roman numerals, as sections are numbered; it opens no name, though it may end one ("Henry VIII").</summary>
    private static bool IsRomanNumeral(Token token) => IsRomanNumeral(token.Text);

    /// <summary>A word of two to five Roman numerals, or "V"; a final period left out.</summary>
    internal static bool IsRomanNumeral(string word)
    {
        string bare = word.TrimEnd('.');
        return bare.Length is >= 1 and <= 5 && bare.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C') && (bare.Length > 1 || bare == "V");
    }

    /// <summary>"Senators Lee, Wyden and Crapo": a one-word office in the plural heads a list of names and is none of them.</summary>
    /// <summary>
    /// A name of several words right after a titled person's name and "of", with no possessive after it: where that
    /// person works ("Chief Executive Ada Okafor of Lumen Display"; "Jo Roe of Lee Barrow's murder" names no workplace).
    /// </summary>
    private static bool WorkplaceOfATitledPerson(IReadOnlyList<Token> t, int start, int end, List<EntityMention> mentions) =>
        end - start > 1 && start >= 2 && t[start - 1].Lower == "of" && At(t, end)?.Kind != TokenKind.Possessive
        && mentions.Any(m => m.TokenEnd == start - 1 && m is { Kind: MentionKind.Name, Type: EntityType.Person, Title: not null });

    /// <summary>A word of two to five capitals ("MBA", "NNSA").</summary>
    private static bool IsAcronym(Token token) => token.Text.Length is >= 2 and <= 5 && token.Text.All(char.IsAsciiLetterUpper);

    /// <summary>Whether the word at <paramref name="k"/> names a kind of place a name comes before ("Avenue", "Blvd.", "River").</summary>
    private bool BeforeAPlaceFeature(IReadOnlyList<Token> t, int k) =>
        At(t, k) is { IsWord: true } next && (_lexicon.NounKindOf(next.Lower.TrimEnd('.')) & NounKind.PlaceFeature) != 0;

    private bool IsPluralTitle(Token token) =>
        token.Lower.Length > 3 && token.Lower[^1] == 's'
        && _gazetteer.TitlesStartingWith(Resources.Derivation.NounLemma.Singular(token.Lower))
            .Any(title => title.Tokens.Count == 1 && title.Kind == TitleKind.Office);

    /// <summary>True when a title (no role noun) starts at <paramref name="k"/> and the name after it runs to <paramref name="end"/> or an "of".</summary>
    private bool ReadsTitledName(IReadOnlyList<Token> t, GazetteerEntry?[] gazetteer, int k, int end)
    {
        (TitleEntry? title, int length) = MatchTitle(t, k);
        if (title is null || title.Kind == TitleKind.Role)
        {
            return false;
        }

        int nameEnd = ReadName(t, k + length, gazetteer);
        return nameEnd > k + length && (nameEnd == end || At(t, nameEnd) is { Lower: "of" });
    }

    private int ReadCapitalizedRun(IReadOnlyList<Token> t, int start)
    {
        int n = start;
        int last = start;
        while (n < t.Count)
        {
            Token token = t[n];
            if (token.IsCapitalized && (!Calendar.IsCalendarWord(token.Lower) || IsInnerCalendarWord(t, start, n)))
            {
                n++;
                last = n;
            }
            else if (n > start && token.IsWord && (token.Lower is "of" or "for" or "and" or "the" || IsParticle(token))
                     && At(t, n + 1) is { IsCapitalized: true })
            {
                n++;
            }
            else if (n > start && token.Lower is "of" or "for" or "on" && IsNameHead(t[n - 1])
                     && At(t, n + 1) is { Lower: "the" } && At(t, n + 2) is { IsCapitalized: true })
            {
                // "Joint Council for the Welfare of Immigrants": the name goes on past its head word.
                n += 2;
            }
            else if (n > start && token.Lower == "on" && IsNameHead(t[n - 1]) && At(t, n + 1) is { IsCapitalized: true }
                     && At(t, n + 2) is { IsCapitalized: true } or { Lower: "and" } or { Text: "-" })
            {
                // "Council on Foreign Relations"; "on" joins only after a head word and before two or more words
                // ("the Space Center on India's coast" stays apart).
                n++;
            }
            else if (n > start && token.Text == "-" && At(t, n + 1) is { IsCapitalized: true }
                     && (token.Start == t[n - 1].End) == (At(t, n + 1)!.Start == token.End))
            {
                // "U.S.-India Initiative", "Council on American - Islamic Relations": a hyphen set apart from its words.
                n++;
            }
            else if (n > start && IsParticle(token))
            {
                n++;
                last = n;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    /// <summary>
    /// The word a capitalized run is classified by: its last word, or, when that names nothing, the head word before
    /// the first "of", "for" or "on" ("Ministry of Culture", "Declaration of Independence", "Office of National Drug Control Policy").
    /// </summary>
    private int NameHead(IReadOnlyList<Token> t, int start, int end)
    {
        if (IsNameHead(t[end - 1]))
        {
            return end - 1;
        }

        for (int k = start + 1; k < end - 1; k++)
        {
            if (t[k].Lower is "of" or "for" or "on")
            {
                return IsNameHead(t[k - 1]) ? k - 1 : end - 1;
            }
        }

        return end - 1;
    }

    /// <summary>
    /// A name right after "a", "an" or "the" (a quotation mark may stand between) is no person's: "a Fighter Pilot",
    /// "the \"Bully Pulpit\"".
    /// </summary>
    private static bool AfterArticle(IReadOnlyList<Token> t, int start)
    {
        int k = start - 1;
        while (k >= 0 && t[k].Kind == TokenKind.Quote)
        {
            k--;
        }

        return k >= 0 && t[k].Lower is "a" or "an" or "the";
    }

    /// <summary>"a degree in Biological Oceanography": a name right after "in" is a place's or a field's, no person's.</summary>
    private static bool AfterIn(IReadOnlyList<Token> t, int start) => start > 0 && t[start - 1].Lower == "in";

    /// <summary>The last word of an organization, group, event or agreement name ("Council", "Units", "Summit", "Accords").</summary>
    private bool IsNameHead(Token token) =>
        (_lexicon.NounKindOf(token.Text) & (NounKind.OrganizationHead | NounKind.GroupNameHead | NounKind.EventNameHead)) != 0
        || (token.IsCapitalized && (_lexicon.NounKindOf(token.Lower) & NounKind.Agreement) != 0);

    /// <summary>A weekday or month inside a name, between capitalized words ("Good Friday Agreement", "Black Monday").</summary>
    private static bool IsInnerCalendarWord(IReadOnlyList<Token> t, int start, int n) =>
        n > start && ((At(t, n + 1) is { IsCapitalized: true } next && !Calendar.IsCalendarWord(next.Lower)) || IsInitial(t[n - 1]));

    /// <summary>"E.": a capital letter and a full stop, a middle initial, after which a month is a surname ("Willie E. May").</summary>
    private static bool IsInitial(Token token) => token.Text.Length == 2 && char.IsUpper(token.Text[0]) && token.Text[1] == '.';

    /// <summary>
    /// Two to four name words with no title or name head among them, at most one an ordinary word ("Susan Rice", not
    /// "Marine Mammal"): the shape of a person's name.
    /// </summary>
    private bool IsPersonShaped(IReadOnlyList<Token> t, GazetteerEntry?[] gazetteer, int start, int end) =>
        end - start is >= 2 and <= 4
        && Enumerable.Range(start, end - start).All(k => IsNameWord(t[k], gazetteer[k]) && !IsNameHead(t[k]) && MatchTitle(t, k).Title is null)
        && Enumerable.Range(start, end - start).Count(k => _lexicon.IsOrdinaryWord(t[k].Lower)) <= 1;

    /// <summary>
    /// "Leung Kwok-hung", "Moon Jae-in": a family name and a given name of two syllables joined by a hyphen, the second in
    /// lower case, as Chinese and Korean names are romanized; no place or body is named so.
    /// </summary>
    private static bool HasHyphenatedGivenName(IReadOnlyList<Token> t, int start, int end)
    {
        if (end - start != 2 || t[start].Text.Length > 6 || !t[start].Text.All(char.IsLetter))
        {
            return false;
        }

        string given = t[start + 1].Text;
        int hyphen = given.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 1 && hyphen + 2 < given.Length && char.IsUpper(given[0])
            && given[1..hyphen].All(char.IsLower) && given[(hyphen + 1)..].All(char.IsLower);
    }

    private bool IsSpeakerOrApposition(IReadOnlyList<Token> t, int end) =>
        (At(t, end) is { } next && _reporting.Contains(next.Lower) && next.Lower is "said" or "says" or "told" or "added" or "stated")
        || (At(t, end)?.Is(',') == true && At(t, end + 1) is { Lower: "who" or "the" or "a" or "an" or "said" });

    /// <summary>A word that can be part of a person's name: capitalized (not all capitals), not a common capitalized noun ("Order", "Director").</summary>
    /// <summary>
    /// "Sunni-ruled", "Kremlin-backed": a capitalized word joined by a hyphen to a lower-case participle or adjective
    /// describes the name after it and is no part of it.
    /// </summary>
    private static bool IsCompoundModifier(Token token)
    {
        int hyphen = token.Text.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsLower(token.Text[hyphen + 1]);
    }

    /// <summary>
    /// "American-serving", "Black-owned", "Texas-based": a word and a participle joined by a hyphen, an adjective; unlike a
    /// romanized given name's second syllable ("Tae-yong").
    /// </summary>
    private static bool IsAdjectivalCompound(Token token)
    {
        int hyphen = token.Text.LastIndexOf('-');
        string second = hyphen > 0 ? token.Text[(hyphen + 1)..] : string.Empty;
        // Romanized syllables run short ("Chun-ying", "Jae-in"): a participle here is longer.
        return second.All(char.IsLower)
            && ((second.Length >= 6 && second.EndsWith("ing", StringComparison.Ordinal)) || (second.Length >= 5 && second.EndsWith("ed", StringComparison.Ordinal))
                || second is "led" or "run" or "born" or "made");
    }

    private bool IsNameWord(Token token, GazetteerEntry? entry) =>
        entry is null && token.IsCapitalized && !_notNames.Contains(token.Lower.TrimEnd('.')) && !IsContraction(token.Lower)
        && (token.Text.TrimEnd('.').Any(char.IsLower) || (token.Text.Length == 2 && token.Text[1] == '.') || (IsInitials(token.Text) && !_lexicon.Abbreviations.Contains(token.Text)));

    /// <summary>"J.W.", "A.B.C.": capital letters each followed by a full stop, a person's initials (unless a known abbreviation, "D.C.").</summary>
    private static bool IsInitials(string text) =>
        text.Length >= 4 && text.Length % 2 == 0 && Enumerable.Range(0, text.Length).All(k => k % 2 == 0 ? char.IsUpper(text[k]) : text[k] == '.');

    /// <summary>"I've", "I'm", "We'll": a pronoun and a verb written as one word, never a name (unlike "O'Neill").</summary>
    private static bool IsContraction(string lower)
    {
        int apostrophe = lower.LastIndexOfAny(['\'', '\u2019']);
        return apostrophe > 0 && lower[(apostrophe + 1)..] is "ve" or "m" or "ll" or "re" or "d" or "t";
    }

    /// <summary>
    /// A sentence's or a bracketed aside's first word that the parse reads as a verb, an imperative or a stage direction's
    /// ("Remember Ada Okafor said", "(Addresses Harbour Marine Band.)"): capitalized for its place, no part of a name.
    /// </summary>
    private static bool OpensWithAVerb(Sentence sentence, int i)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        // "May God bless you", also after a colon: a wish's modal opening the sentence before a name and a verb's base
        // form is no part of the name, whatever its tag ("May said" is a surname).
        bool first = i == 0 || (i == 1 && (t[0].Kind == TokenKind.Quote || t[0].Is('('))) || t[i - 1].Is(':');
        bool wish = t[i].Lower == "may" && i + 2 < t.Count && WordAt(sentence, t[i + 2]) is { Xpos: "VB" };
        return first && (wish || WordAt(sentence, t[i]) is { Upos: "VERB" });
    }

    /// <summary>
    /// "Mexican Army", "Ukrainian Armed Forces": a country's name or adjective, then more words, before a group's head word
    /// names that state's forces, an organization as the guide types armies (a militia a list knows keeps its own type).
    /// </summary>
    private static bool IsStatesForce(GazetteerEntry?[] gazetteer, int start, int end) =>
        gazetteer[start] is { Type: EntityType.Country } country && start + country.Tokens.Count < end;

    /// <summary>
    /// "Turner Construction", "Halden Capital": two to four words ending in a company's word that is no surname
    /// (<c>company-name</c>), after a first word that is no ordinary word ("Strategic Communications" is a department),
    /// not joining two names with "and".
    /// </summary>
    private bool IsCompanyName(IReadOnlyList<Token> t, int start, int end) =>
        end - start is >= 2 and <= 4 && _lexicon.FunctionWords("company-name").Contains(t[end - 1].Lower) && !_lexicon.IsOrdinaryWord(t[start].Lower)
        && !Enumerable.Range(start, end - start).Any(k => t[k].Lower == "and");

    /// <summary>A capitalized first word that is an ordinary word, not a name ("The", "Although", "Certainly", "Yesterday").</summary>
    private bool IsSentenceOpener(Token token) =>
        _stopWords.Contains(token.Lower) || _determiners.Contains(token.Lower) || _prepositions.Contains(token.Lower)
        || _openers.Contains(token.Lower)
        || token.Lower.EndsWith("ly", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal)
        || _lexicon.PatternsStartingWith(token.Lower).Count > 0;

    /// <summary>Second pass: single capitalized words known as the last word of a full name, or followed by a verb of saying.</summary>
    public void AddKnownNames(Sentence sentence, List<EntityMention> mentions, IReadOnlySet<string> knownNames)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        GazetteerEntry?[]? gazetteer = null;
        var covered = new bool[t.Count];
        foreach (EntityMention m in mentions)
        {
            for (int k = m.TokenStart; k < m.TokenEnd; k++)
            {
                covered[k] = true;
            }
        }

        for (int k = 0; k < t.Count; k++)
        {
            Token token = t[k];
            if (covered[k] || !(token.IsCapitalized || IsParticle(token)) || Calendar.IsCalendarWord(token.Lower))
            {
                continue;
            }

            // A known name word inside a longer name is someone else's ("Ada Kerr" when "Ada Okafor" is known).
            bool inLongerName = (At(t, k + 1) is { IsCapitalized: true, IsWord: true } && !covered[k + 1])
                || (k > 1 && t[k - 1] is { IsCapitalized: true, IsWord: true } && !covered[k - 1]);
            bool known = !inLongerName && (knownNames.Contains(token.Text) || (token.Text.Contains('-', StringComparison.Ordinal) && IsParticle(token)
                && knownNames.Contains(token.Text[(token.Text.IndexOf('-', StringComparison.Ordinal) + 1)..])));
            // "Okafor said"; "Officials said" is no one's name.
            bool speaker = At(t, k + 1) is { } next && next.Lower is "said" or "says" or "told"
                && IsNameWord(token, null) && token.Text.Length > 2 && !IsSentenceOpener(token) && (k == 0 || !t[k - 1].IsCapitalized)
                && !_lexicon.IsOrdinaryWord(token.Lower);
            // A speaker a list knows as a body ("the Fed said", its name parsed as a verb) is that body.
            GazetteerEntry? listed = speaker && !known
                ? _gazetteer.EntriesStartingWith(token.Lower).FirstOrDefault(e => e is { Kind: GazetteerForm.Name, Tokens.Count: 1 } && e.Type != EntityType.Person)
                : null;
            if (listed is not null)
            {
                mentions.Add(Make(sentence, k, k + 1, MentionKind.Name, listed.Type, listed.CanonicalName));
                continue;
            }

            // "Black families", "Latino workers": a known surname describing a plural noun names a kind of people.
            if ((known || speaker) && (sentence.Parse is null || !NamesAKindOfPeople(sentence.Parse, new TextSpan(token.Start, token.End))))
            {
                // "in Scranton, Pennsylvania": a known name its state or country follows is that place here.
                gazetteer ??= MatchGazetteer(t, out _);
                bool place = FollowedByItsState(t, k + 1, gazetteer);
                mentions.Add(Make(sentence, k, k + 1, MentionKind.Name, place ? EntityType.City : EntityType.Person, token.Text));
            }
        }
    }
}
