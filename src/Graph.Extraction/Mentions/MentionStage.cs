using Graph.Extraction.Sentences;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds mentions in every sentence: gazetteer names and adjectives, titled persons, capitalized names
/// classified by their head word, descriptive groups, national bodies, agreements, descriptors and pronouns.
/// The trained recognizer's names fill what those rules leave (<see cref="Sentence.Names"/>). A second pass finds
/// single-word names already seen as part of a full name ("Blinken").
/// </summary>
public sealed class MentionStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recognizer = new SentenceRecognizer(context.Resources, context.Text);
        var perSentence = new List<List<EntityMention>>();
        var knownNames = new HashSet<string>(StringComparer.Ordinal);
        var nameTypes = SentenceRecognizer.ArticleTypes(context.Text, context.Sentences);
        string body = string.Concat(context.Sentences.Where(s => !s.IsHeadline).Select(s => s.Text + "\n"));
        foreach (Sentence sentence in context.Sentences)
        {
            List<EntityMention> mentions = recognizer.Recognize(sentence);
            recognizer.TrimHeadlineNames(sentence, mentions, body);
            recognizer.AddRecognizedNames(sentence, mentions, nameTypes);
            CaseNames.RemoveParties(sentence.Tokens, mentions);
            perSentence.Add(mentions);
        }

        DropNamesOfNoOne(perSentence, context.Resources);
        foreach (List<EntityMention> mentions in perSentence)
        {
            foreach (EntityMention person in mentions.Where(m => m.Kind == MentionKind.Name && m.Type == Model.EntityType.Person && !m.IsTentative))
            {
                // A style kept in the name ("King Okafor", "Sheikh Okafor") is no name of its own.
                string[] parts = [.. person.Name!.Split(' ').SkipWhile(p => IsOneWordTitle(p, context.Resources.Gazetteer))];
                if (parts.Length == 0)
                {
                    continue;
                }

                knownNames.Add(parts[^1]);

                // Family name first ("Kim Jong Un" is "Kim" later); a given name alone is rare in news.
                knownNames.Add(parts[0]);
                if (parts[^1].Contains('-', StringComparison.Ordinal))
                {
                    knownNames.Add(parts[^1][(parts[^1].IndexOf('-', StringComparison.Ordinal) + 1)..]);
                }
            }
        }

        ConfirmTentative(context, perSentence, knownNames);
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            recognizer.AddKnownNames(context.Sentences[i], perSentence[i], knownNames);
        }

        recognizer.ReadNamesAsElsewhere(context.Sentences, perSentence);
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            if (context.Sentences[i].Parse is { } parse)
            {
                var people = perSentence[i].Where(m => m is { Kind: MentionKind.Name, Type: Model.EntityType.Person })
                    .OrderBy(m => m.Span.Start).Select(m => (m.Span.Start, m.Span.End)).ToList();
                context.Sentences[i] = context.Sentences[i] with { Parse = Parsing.PersonLists.Repair(parse, people) };
            }

            recognizer.Annotate(context.Sentences[i], perSentence[i]);
            foreach (EntityMention mention in perSentence[i].OrderBy(m => m.TokenStart).ThenByDescending(m => m.TokenEnd))
            {
                context.Mentions.Add(mention);
            }
        }
    }

    /// <summary>
    /// Drops person names that name no one. A name made only of ordinary words is a capitalized phrase, a heading's or a
    /// programme's ("Expanding Access", "Budgetary Support"), and one starting with a gerund or a function word is a phrase
    /// ("Protecting Okafor"), unless the article gives the name a title somewhere ("Judge Young") or it is the surname of
    /// a full name the article gives ("Ada Young"). Whatever its title, a
    /// name the gazetteer lists as a place or a nationality is that place ("Tuvalu"); one ending in a title is a role,
    /// not whoever holds it ("Red Cross President"); one ending in an organization's head word is the organization
    /// ("Okafor Holdings", "Chair of the Board"), one ending in an award's the award ("Okafor Prize"), in an event's or a
    /// law's that ("Okafor Symposium", "Okafor Act"), in a place's that place ("Okafor County"); one ending in a
    /// function word is cut short ("Director of the"), one holding a headline's verb is a headline ("Okafor Names Envoy"),
    /// one starting with a holiday or a storm word is no person's ("Christmas", "Hurricane Okafor"), nor one starting with a
    /// section's number in Roman numerals ("VII", "V. Promoting"), an abbreviation in the plural ("NSMs"), a name ending
    /// in a weekday ("Crypto Sundays") or a drawn-out cry ("Booo").
    /// </summary>
    internal static void DropNamesOfNoOne(List<List<EntityMention>> perSentence, Resources.ExtractionResources resources)
    {
        var vouched = new HashSet<string>(
            perSentence.SelectMany(m => m).Where(m => m.Type == Model.EntityType.Person && m.Title is not null && m.Name is not null).Select(m => m.Name!),
            StringComparer.Ordinal);
        // "Ada Young … Young said": a surname the article gives in full is a name, however ordinary the word.
        vouched.UnionWith(perSentence.SelectMany(m => m)
            .Where(m => m.Type == Model.EntityType.Person && m.Name is not null && m.Name.Contains(' ', StringComparison.Ordinal)
                && !IsOrdinaryPhrase(m.Name, resources.Lexicon))
            .Select(m => m.Name![(m.Name!.LastIndexOf(' ') + 1)..]));
        foreach (List<EntityMention> mentions in perSentence)
        {
            mentions.RemoveAll(m => m is { Kind: MentionKind.Name, Type: Model.EntityType.Person, Name: { } name }
                && ((m.Title is null && !vouched.Contains(name)
                        && (IsOrdinaryPhrase(name, resources.Lexicon) || StartsWithAnOrdinaryVerbOrFunctionWord(name, resources.Lexicon)))
                    || resources.Lexicon.FunctionWords("not-person").Contains(name.Split(' ')[0].ToLowerInvariant())
                    || IsListedPlace(name, resources.Gazetteer) || EndsInTitle(name, resources.Gazetteer) || HoldsATitleOf(name, resources.Gazetteer)
                    || EndsInAFunctionWord(name, resources.Lexicon) || SentenceRecognizer.IsRomanNumeral(name.Split(' ')[0])
                    || EndsInAPluralTitle(name, resources.Gazetteer)
                    || (LastWordKind(name, resources.Lexicon) & NotAPersonsHead) != 0
                    || HoldsAHeadlineVerb(name, resources.Lexicon) || IsPluralAbbreviation(name) || EndsInAWeekday(name) || IsDrawnOut(name)));
        }
    }

    // The head words of what a name ending in them names instead of a person: a body, an award, an event or law, a place.
    private const Resources.NounKind NotAPersonsHead = Resources.NounKind.OrganizationHead | Resources.NounKind.AwardNameHead
        | Resources.NounKind.EventNameHead | Resources.NounKind.PlaceFeature;

    // The kinds of a name's last word, as written ("Symposium") or in lower case ("County" as "county").
    private static Resources.NounKind LastWordKind(string name, Resources.Lexicon lexicon)
    {
        // A one-word name is checked as written only: "Park" alone is a surname.
        string last = name[(name.LastIndexOf(' ') + 1)..];
        return name.Contains(' ', StringComparison.Ordinal) ? lexicon.NounKindOf(last) | lexicon.NounKindOf(last.ToLowerInvariant()) : lexicon.NounKindOf(last);
    }

    // "Protecting Latino", "While Puerto Rico": no name starts with a gerund or a function word an opener left in.
    private static bool StartsWithAnOrdinaryVerbOrFunctionWord(string name, Resources.Lexicon lexicon)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        string first = (space < 0 ? name : name[..space]).ToLowerInvariant();
        return space > 0 && lexicon.IsOrdinaryWord(first) && (first.EndsWith("ing", StringComparison.Ordinal) || lexicon.EnglishStopWords.Contains(first) || lexicon.FunctionWords("opener").Contains(first));
    }

    // "Okafor Announces Key Nominees": a title-case headline's verb inside the name (a verb of the event patterns with its
    // third-person "s"); a surname that looks like one comes last ("Ada Waters").
    private static bool HoldsAHeadlineVerb(string name, Resources.Lexicon lexicon)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length - 1; i++)
        {
            string lower = words[i].ToLowerInvariant();
            if (char.IsUpper(words[i][0]) && lower.EndsWith('s')
                && (lexicon.EventPatterns.WithLemma(lower[..^1], Resources.EventPos.Verb).Any()
                    || (lower.EndsWith("es", StringComparison.Ordinal) && lexicon.EventPatterns.WithLemma(lower[..^2], Resources.EventPos.Verb).Any())))
            {
                return true;
            }
        }

        return false;
    }

    // "NSMs", "MOUs": an abbreviation in the plural names documents or bodies, no one.
    private static bool IsPluralAbbreviation(string name) =>
        name.Length >= 3 && name[^1] == 's' && name[..^1].All(char.IsAsciiLetterUpper);

    // "Booo", "Whooo": a small letter written three times running draws out a cry; no name does that ("Charles III" is a
    // numeral in capitals).
    private static bool IsDrawnOut(string name)
    {
        for (int k = 2; k < name.Length; k++)
        {
            if (char.IsLower(name[k]) && name[k] == name[k - 1] && name[k] == name[k - 2])
            {
                return true;
            }
        }

        return false;
    }

    // "Crypto Sundays", "Okafor Friday": a name ending in a weekday names a day or a series, no one.
    private static bool EndsInAWeekday(string name)
    {
        string last = name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return name.Contains(' ', StringComparison.Ordinal) && (Internal.Calendar.Weekday(last) is not null || Internal.Calendar.Weekday(last.TrimEnd('s')) is not null);
    }

    // "Vice Chairman of The", "Okafor and": a name cut short before what it names.
    private static bool EndsInAFunctionWord(string name, Resources.Lexicon lexicon)
    {
        string last = name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return name.Contains(' ', StringComparison.Ordinal)
            && (lexicon.FunctionWords("determiner").Contains(last) || lexicon.FunctionWords("preposition").Contains(last) || last is "and" or "or");
    }

    private static bool IsListedPlace(string name, Resources.Gazetteer gazetteer)
    {
        string[] words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return gazetteer.EntriesStartingWith(words[0]).Any(e => e.Type is Model.EntityType.Country or Model.EntityType.Region or Model.EntityType.City
            && !e.Derived && e.Tokens.SequenceEqual(words, StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsOneWordTitle(string word, Resources.Gazetteer gazetteer) =>
        word.Length > 0 && char.IsUpper(word[0]) && gazetteer.TitlesStartingWith(word.ToLowerInvariant()).Any(t => t.Tokens.Count == 1);

    // "Principal Deputy Director of Policy Planning": a title and its "of" phrase name an office, never a person.
    private static bool HoldsATitleOf(string name, Resources.Gazetteer gazetteer)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, words.Length - 1).Any(i => words[i + 1] == "of" && IsOneWordTitle(words[i], gazetteer));
    }

    // "Field Representatives", "Regional Directors": a name of several words ending in a title in the plural names holders of it.
    private static bool EndsInAPluralTitle(string name, Resources.Gazetteer gazetteer)
    {
        int space = name.LastIndexOf(' ');
        string last = name[(space + 1)..].ToLowerInvariant();
        return space > 0 && last.Length > 0 && Resources.Derivation.NounLemma.Singular(last) is var singular && singular != last
               && gazetteer.TitleHeadWords.Contains(singular);
    }

    // "Nominee", "Assistant Secretary of State", "Red Cross President": the name ends in a whole title.
    private static bool EndsInTitle(string name, Resources.Gazetteer gazetteer)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            ArraySegment<string> rest = new(words, i, words.Length - i);
            if (char.IsUpper(words[i][0])
                && gazetteer.TitlesStartingWith(words[i].ToLowerInvariant()).Any(t => t.Tokens.SequenceEqual(rest, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every run of letters in <paramref name="name"/> is an ordinary word (and there is one).</summary>
    private static bool IsOrdinaryPhrase(string name, Resources.Lexicon lexicon)
    {
        bool any = false;
        int start = -1;
        for (int k = 0; k <= name.Length; k++)
        {
            bool letter = k < name.Length && char.IsLetter(name[k]);
            if (letter && start < 0)
            {
                start = k;
            }
            else if (!letter && start >= 0)
            {
                if (!lexicon.IsOrdinaryWord(name[start..k].ToLowerInvariant()))
                {
                    return false;
                }

                any = true;
                start = -1;
            }
        }

        return any;
    }

    /// <summary>How often each capitalized word stands alone (not after another capitalized word).</summary>
    private static Dictionary<string, int> StandaloneWords(ExtractionContext context)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Sentence sentence in context.Sentences)
        {
            IReadOnlyList<Tokens.Token> tokens = sentence.Tokens;
            for (int k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].IsCapitalized && (k == 0 || !tokens[k - 1].IsCapitalized))
                {
                    counts[tokens[k].Text] = counts.GetValueOrDefault(tokens[k].Text) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// Keeps a tentative person when its surname also stands alone elsewhere in the article, the officeholders know the
    /// name, or it is listed with people ("starred opposite A, B and C" where one of them is known to be a person).
    /// </summary>
    private static void ConfirmTentative(ExtractionContext context, List<List<EntityMention>> perSentence, HashSet<string> knownNames)
    {
        Dictionary<string, int>? standalone = null;
        for (int i = 0; i < perSentence.Count; i++)
        {
            List<EntityMention> mentions = perSentence[i];
            ConfirmListedWithPeople(context.Sentences[i].Tokens, mentions);
            foreach (EntityMention person in mentions.Where(m => m.IsTentative).ToList())
            {
                standalone ??= StandaloneWords(context);
                string surname = person.Name!.Split(' ')[^1];
                int uses = standalone.GetValueOrDefault(surname);
                // The dictionary of officeholders knows the full name: a person, evidence or not.
                if (uses > 0 || knownNames.Contains(surname) || context.Resources.Gazetteer.Officeholders.Knows(person.Name!))
                {
                    person.IsTentative = false;
                    knownNames.Add(surname);
                }
                else
                {
                    mentions.Remove(person);
                }
            }
        }
    }

    /// <summary>Confirms tentative persons joined by commas or "and" to a person, however long the list.</summary>
    private static void ConfirmListedWithPeople(IReadOnlyList<Tokens.Token> tokens, List<EntityMention> mentions)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (EntityMention person in mentions.Where(m => m.IsTentative))
            {
                // The person it is listed with has a full name or a title: a lone word may be a place read as a name ("Lewis").
                if (mentions.Any(m => m.Kind == MentionKind.Name && m.Type == Model.EntityType.Person && !m.IsTentative
                    && (m.Title is not null || m.Name!.Contains(' ', StringComparison.Ordinal))
                    && (Coordination.Joinable(tokens, m.TokenEnd, person.TokenStart) || Coordination.Joinable(tokens, person.TokenEnd, m.TokenStart))))
                {
                    person.IsTentative = false;
                    changed = true;
                }
            }
        }
    }
}
