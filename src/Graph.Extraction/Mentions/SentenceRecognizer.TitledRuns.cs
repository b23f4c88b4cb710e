using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Persons at the end of a long capitalized title.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// "Ambassador to Mexico Jane Roe", "CEO of the Refugee Council Jane Roe": after a title, "to", "of", "for" or "at", a
    /// known place or body or a capitalized name ending in an organization's head word, then a full name of two to four
    /// words. Returns the body, where the name starts, and whether the body is where the title is held ("of", "for", "at":
    /// an ambassador to a country holds the post for another); null when the words do not fit.
    /// </summary>
    private (EntityMention Body, int NameStart, bool Holds)? ReadTitleComplement(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int k)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (At(t, k) is not { Lower: "to" or "of" or "for" or "at" } link)
        {
            return null;
        }

        int pos = At(t, k + 1)?.Lower == "the" ? k + 2 : k + 1;
        if (At(t, pos) is not { IsCapitalized: true })
        {
            return null;
        }

        if (BodyNamedAt(sentence, gazetteer, lengths, pos) is not { } body)
        {
            return null;
        }

        int bodyEnd = body.TokenEnd;
        int nameEnd = ReadName(t, bodyEnd, gazetteer);
        bool fullName = nameEnd - bodyEnd is >= 2 and <= 4 && At(t, nameEnd) is not { IsCapitalized: true };
        return fullName ? (body, bodyEnd, link.Lower != "to") : null;
    }

    /// <summary>
    /// The place or body named at <paramref name="pos"/>: a name the gazetteer knows, or capitalized words ending in an
    /// organization's head word ("the Refugee Council", "the Palestinian Authority"); null when neither starts there.
    /// </summary>
    private EntityMention? BodyNamedAt(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int pos)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (gazetteer[pos] is { Kind: GazetteerForm.Name, Type: not EntityType.Person } entry)
        {
            return Make(sentence, pos, pos + lengths[pos], MentionKind.Name, entry.Type, entry.CanonicalName);
        }

        int run = ReadCapitalizedRun(t, pos);
        for (int h = run - 1; h > pos; h--)
        {
            if ((_lexicon.NounKindOf(t[h].Text) & NounKind.OrganizationHead) != 0)
            {
                return Make(sentence, pos, h + 1, MentionKind.Name, EntityType.Organization, Surface(t, pos, h + 1));
            }
        }

        // "the Office of National Drug Control Policy Jane Roe": a body named by its head word and "of" runs to the name closing it.
        if ((_lexicon.NounKindOf(t[pos].Text) & NounKind.OrganizationHead) != 0 && At(t, pos + 1) is { Lower: "of" }
            && QualifiedName(sentence, gazetteer, pos + 2, run) is int name && name > pos + 2)
        {
            return Make(sentence, pos, name, MentionKind.Name, EntityType.Organization, Surface(t, pos, name));
        }

        return null;
    }

    /// <summary>
    /// "Deputy Secretary of State for Management Jane Roe": a title qualified beyond the listed forms still ends
    /// right before the name, so the name words after the last title word in the run are a person.
    /// Returns the end of the run when a person was found, otherwise null.
    /// </summary>
    private int? TryTrailingTitledName(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int start, int end, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        TitleEntry? last = null;
        int nameStart = -1;
        int firstTitle = -1;
        for (int k = start; k < end; k++)
        {
            (TitleEntry? title, int length) = MatchTitle(t, k);
            if (title is not null && title.Kind != TitleKind.Role)
            {
                // "Homeland Security Advisor Dr. Jane Roe": a courtesy title after an office leaves the office the title.
                last = last is { Kind: not TitleKind.Honorific } && title.Kind == TitleKind.Honorific && nameStart == k ? last : title;
                nameStart = k + length;
                firstTitle = firstTitle < 0 ? k : firstTitle;
                k += length - 1;
            }
        }

        if (last is not null && nameStart == end && AcronymAt(t, end))
        {
            // "Principal Deputy National Security Advisor (PDNSA) Jane Roe": the title's acronym stands between it and the name.
            nameStart = end + 3;
            end = ReadName(t, nameStart, gazetteer);
            if (At(t, end) is { IsCapitalized: true })
            {
                return null;
            }
        }

        if (last is not null && At(t, nameStart) is { Lower: "for" or "of" or "on" } && QualifiedName(sentence, gazetteer, nameStart + 1, end) is int qualified)
        {
            // "Deputy Secretary of State for Management and Resources Jane Roe": the name closes the title's qualifier.
            nameStart = qualified;
        }

        // Two to four name words: a given name and a surname at least, so a lone capitalized word is not taken for one.
        if (last is null || end - nameStart < 2 || end - nameStart > 4 || ReadName(t, nameStart, gazetteer) != end)
        {
            return null;
        }

        // "U.S. Principal Deputy National Security Advisor Jane Roe": a country named right before the title is whose office it is.
        EntityMention? holder = BodyBeforeTitle(sentence, gazetteer, lengths, start, firstTitle)
            ?? result.LastOrDefault(m => m.TokenEnd == start && m.Type == EntityType.Country && m.Kind is MentionKind.Name or MentionKind.Adjective);
        if (holder is not null)
        {
            holder.IsModifier = true;
            if (!result.Contains(holder))
            {
                result.Add(holder);
                if (result.LastOrDefault(m => m.TokenEnd == holder.TokenStart && m.Type == EntityType.Country) is { } country)
                {
                    // "ROK National Security Office Director X": the country says whose the body is; it names no one here itself.
                    country.IsModifier = true;
                }
            }
        }

        result.Add(Make(sentence, start, end, MentionKind.Name, EntityType.Person, Surface(t, nameStart, end), title: last.Title,
            titleKind: last.Kind, holder: holder));
        return end;
    }

    /// <summary>
    /// Where the name starts that ends a title's qualifier running from <paramref name="start"/> to <paramref name="end"/>
    /// ("Management and Resources Jane Roe"): where the trained recognizer starts a person's name ending there, else the
    /// longest two to four closing words of a person's shape with no ordinary word among them; null when there are none
    /// or the qualifier would keep no words of its own.
    /// </summary>
    private int? QualifiedName(Sentence sentence, GazetteerEntry?[] gazetteer, int start, int end)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        // The qualifier is words only, none of them a title ("... of America - His Excellency Jane Roe" is a list running on).
        bool Field(int name) => Enumerable.Range(start, name - start).All(k => t[k].IsWord && MatchTitle(t, k).Title is null);
        // The trained recognizer read where the person's name starts.
        if (RecognizedPersonStart(sentence, start + 1, end) is int first && end - first is >= 2 and <= 4 && Field(first))
        {
            return first;
        }

        for (int s = Math.Max(start + 1, end - 4); s <= end - 2; s++)
        {
            if (IsPersonShaped(t, gazetteer, s, end) && ReadName(t, s, gazetteer) == end && Field(s)
                && Enumerable.Range(s, end - s).All(k => !_lexicon.IsOrdinaryWord(t[k].Lower)))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// "National Security Secretariat Secretary General Jane Roe", "European Council President John Doe": capitalized words
    /// before the title that end in an organization's head word name the body whose office it is. A place right before
    /// them is part of the body's name ("Illinois Criminal Justice Authority") unless it is a country, which says whose
    /// the body is ("Japanese", "ROK"); words qualifying the title ("Former") are no part of it. A body the gazetteer knows
    /// needs no head word ("Former White House Press Secretary").
    /// </summary>
    private EntityMention? BodyBeforeTitle(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int start, int title)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        while (start < title && EntityMention.IsTitleModifier(t[start].Lower))
        {
            start++;
        }

        if (gazetteer[start] is { Kind: GazetteerForm.Name, Type: EntityType.Organization } known && start + lengths[start] == title)
        {
            return Make(sentence, start, title, MentionKind.Name, known.Type, known.CanonicalName);
        }

        int from = start;
        for (int k = start - 1; k >= Math.Max(0, start - 4); k--)
        {
            if (gazetteer[k] is { } place && k + lengths[k] == start)
            {
                from = place.Type is EntityType.City or EntityType.Region ? k : start;
                break;
            }
        }

        if (title - from < 2 || (_lexicon.NounKindOf(t[title - 1].Text) & NounKind.OrganizationHead) == 0
            || !Enumerable.Range(start, title - start).All(k => t[k].IsCapitalized || (k > start && t[k].Lower is "of" or "for" or "and")))
        {
            return null;
        }

        return Make(sentence, from, title, MentionKind.Name, EntityType.Organization, Surface(t, from, title));
    }

    /// <summary>"( ACRONYM )" at <paramref name="k"/>: a word in capitals in brackets.</summary>
    private static bool AcronymAt(IReadOnlyList<Token> t, int k) =>
        At(t, k)?.Is('(') == true && At(t, k + 1) is { IsWord: true } word && word.Text.Length >= 2 && word.Text.All(char.IsUpper)
        && At(t, k + 2)?.Is(')') == true;
}

