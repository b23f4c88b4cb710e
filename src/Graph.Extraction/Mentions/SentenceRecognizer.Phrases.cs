using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Gazetteer-anchored phrases, descriptors and pronouns.</summary>
internal sealed partial class SentenceRecognizer
{
    private const int MaxModifierWords = 2;

    private int TryGazetteer(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int i, List<EntityMention> result, bool titleCase)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        GazetteerEntry entry = gazetteer[i]!;
        int end = i + lengths[i];

        // A longer capitalized name that merely starts with a known word ("Iraqi National Congress").
        int run = titleCase ? end : ReadCapitalizedRun(t, i);
        if (run > end && IsNameHead(t[NameHead(t, i, run)]))
        {
            return TryCapitalizedRun(sentence, gazetteer, lengths, i, result);
        }

        bool place = entry.Type == EntityType.Country;
        bool adjective = entry.Kind == GazetteerForm.Adjective;

        // "Iranian militias", "Shia militias": a collective actor described by origin or creed.
        int k = end;
        while (At(t, k)?.Kind == TokenKind.Quote)
        {
            k++;
        }

        if ((adjective || place) && At(t, k) is { IsWord: true, IsCapitalized: false } groupHead
            && (_lexicon.NounKindOf(groupHead.Lower) & (NounKind.GroupHead | NounKind.Population)) != 0)
        {
            int close = k + 1;
            string name = Surface(t, i, end) + " " + groupHead.Text;
            EntityMention group = Make(sentence, i, close, MentionKind.Name, EntityType.Group, name, head: groupHead.Lower, plural: groupHead.Lower.EndsWith('s'));
            result.Add(group);
            return close;
        }

        if ((place || (adjective && entry.Type == EntityType.Country)) && TryInstitution(sentence, entry, i, end, result) is int institutionEnd and > 0)
        {
            return institutionEnd;
        }

        if (TryAgreement(sentence, i, end, result) is int agreementEnd and > 0)
        {
            return agreementEnd;
        }

        if (adjective && TryBody(sentence, i, end, result) is int bodyEnd and > 0)
        {
            return bodyEnd;
        }

        result.Add(Make(sentence, i, end, adjective ? MentionKind.Adjective : MentionKind.Name, entry.Type, entry.CanonicalName,
            plural: entry.Type == EntityType.Group && entry.CanonicalName.EndsWith('s')));
        return end;
    }

    /// <summary>
    /// "US Congress", "the Chinese coast guard", "the Israeli military": a national body, an organization named after
    /// its country ("US Congress") or, after a nationality, as written ("Chinese coast guard").
    /// </summary>
    private int TryInstitution(Sentence sentence, GazetteerEntry country, int start, int end, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        foreach (int length in new[] { 2, 1 })
        {
            if (end + length > t.Count)
            {
                continue;
            }

            string words = string.Join(' ', Enumerable.Range(end, length).Select(x => t[x].Text));
            if ((_lexicon.NounKindOf(words) & NounKind.Institution) != 0)
            {
                string body = string.Join(' ', words.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
                string name = country.Kind == GazetteerForm.Adjective ? Surface(t, start, end + length) : country.CanonicalName + " " + body;
                EntityMention mention = Make(sentence, start, end + length, MentionKind.Name, EntityType.Organization, name);
                mention.Aliases.Add(words);
                result.Add(mention);
                return end + length;
            }
        }

        return -1;
    }

    /// <summary>"the Iran nuclear deal": an agreement named after a party.</summary>
    private int TryAgreement(Sentence sentence, int start, int end, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (At(t, start - 1) is { Text: "-" } hyphen && hyphen.End == t[start].Start)
        {
            // "the U.S.-India deal": a deal between the parties the compound joins, named after neither.
            return -1;
        }
        for (int k = end; k < t.Count && k <= end + MaxModifierWords; k++)
        {
            Token token = t[k];
            // Only modifiers stand between the party and the agreement: a verb or an article starts a clause of
            // its own ("Toyota signed a deal").
            if (!token.IsWord || token.IsCapitalized || WordAt(sentence, token) is { Upos: "VERB" or "AUX" or "DET" })
            {
                return -1;
            }

            if ((_lexicon.NounKindOf(token.Lower) & NounKind.Agreement) != 0)
            {
                result.Add(Make(sentence, start, k + 1, MentionKind.Name, EntityType.Event, Surface(t, start, k + 1)));
                return k + 1;
            }

            if (_stopWords.Contains(token.Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Saudi-Iraqi coordination council", "Saudi cabinet": a body described by its members' adjectives.</summary>
    private int TryBody(Sentence sentence, int start, int end, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        for (int k = end; k < t.Count && k <= end + MaxModifierWords; k++)
        {
            Token token = t[k];
            if (!token.IsWord || token.IsCapitalized || _stopWords.Contains(token.Lower))
            {
                return -1;
            }

            if ((_lexicon.NounKindOf(token.Text) & NounKind.OrganizationHead) != 0)
            {
                EntityMention mention = Make(sentence, start, k + 1, MentionKind.Name, EntityType.Organization, Surface(t, start, k + 1));
                if (At(t, start - 1) is { IsWord: true, IsCapitalized: false } qualifier && !_stopWords.Contains(qualifier.Lower)
                    && !_determiners.Contains(qualifier.Lower))
                {
                    mention.Aliases.Add(Surface(t, start - 1, k + 1));
                }

                result.Add(mention);
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>A hyphenated compound of country adjectives ("Saudi-Iraqi") opening a body's name.</summary>
    private int TryCompoundBody(Sentence sentence, int i, List<EntityMention> result)
    {
        Token token = sentence.Tokens[i];
        if (!token.IsCapitalized || !token.Text.Contains('-', StringComparison.Ordinal))
        {
            return -1;
        }

        string[] parts = token.Text.Split('-');
        bool allAdjectives = parts.All(p => _gazetteer.EntriesStartingWith(p.ToLowerInvariant())
            .Any(e => e.Tokens.Count == 1 && e.Kind == GazetteerForm.Adjective && e.Type == EntityType.Country));
        return allAdjectives ? TryBody(sentence, i, i + 1, result) : -1;
    }

    /// <summary>Descriptors: "the US diplomat", "the President", "the groups", "the government in Baghdad", "the charges".</summary>
    private int TryDescriptor(Sentence sentence, GazetteerEntry?[] gazetteer, int[] lengths, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (!_determiners.Contains(t[i].Lower) || At(t, i + 1) is not { IsWord: true } next)
        {
            return -1;
        }

        int k = i + 1;
        EntityMention? holder = null;
        if (gazetteer[k] is { Type: EntityType.Country or EntityType.City } place)
        {
            holder = Make(sentence, k, k + lengths[k], place.Kind == GazetteerForm.Name ? MentionKind.Name : MentionKind.Adjective, place.Type, place.CanonicalName);
            k += lengths[k];
        }

        (TitleEntry? title, int titleLength) = MatchTitle(t, k);
        if (title is { Kind: TitleKind.Office or TitleKind.Role or TitleKind.Style } && At(t, k + titleLength) is not { IsCapitalized: true }
            && t[i].Lower == "the" && ReadTitleComplement(sentence, gazetteer, lengths, k + titleLength) is null)
        {
            if (holder is not null)
            {
                holder.IsModifier = true;
                result.Add(holder);
            }

            result.Add(Make(sentence, i, k + titleLength, MentionKind.Descriptor, EntityType.Person, null,
                head: title.Title.ToLowerInvariant(), holder: holder));
            return k + titleLength;
        }

        if (At(t, k) is { IsWord: true } word && (_lexicon.NounKindOf(word.Lower) & NounKind.Government) != 0 && t[i].Lower == "the")
        {
            // "the Iraqi government"; "the government in Baghdad".
            if (holder is null && At(t, k + 1)?.Lower == "in" && gazetteer.ElementAtOrDefault(k + 2) is { Type: EntityType.City } city)
            {
                holder = Make(sentence, k + 2, k + 2 + lengths[k + 2], MentionKind.Name, EntityType.City, city.CanonicalName);
                result.Add(holder);
                k += 2 + lengths[k + 2] - 1;
            }
            else if (holder is not null)
            {
                holder.IsModifier = true;
                result.Add(holder);
            }

            if (holder is not null)
            {
                string country = holder.Type == EntityType.City ? _gazetteer.CountryOfCity(holder.Name!) ?? holder.Name! : holder.Name!;
                result.Add(Make(sentence, i, k + 1, MentionKind.Descriptor, EntityType.Country, country, head: word.Lower));
                return k + 1;
            }
        }

        if (holder is not null)
        {
            return -1;
        }

        // "the groups", "those militias", "the most-established groups", "the charges".
        for (k = i + 1; k < t.Count && k <= i + 1 + MaxModifierWords; k++)
        {
            Token token = t[k];
            if (!token.IsWord || token.IsCapitalized || (k > i + 1 && _stopWords.Contains(token.Lower)))
            {
                return -1;
            }

            NounKind kind = _lexicon.NounKindOf(token.Lower);
            if ((kind & NounKind.GroupHead) != 0 && token.Lower.EndsWith('s'))
            {
                result.Add(Make(sentence, i, k + 1, MentionKind.Descriptor, EntityType.Group, null, head: token.Lower, plural: true));
                return k + 1;
            }

            // "the paramilitary group", "the militia": one group named before (not "a group", which is new).
            if ((kind & NounKind.GroupHead) != 0 && t[i].Lower == "the" && At(t, k + 1) is not { Lower: "of" })
            {
                result.Add(Make(sentence, i, k + 1, MentionKind.Descriptor, EntityType.Group, null, head: token.Lower));
                return k + 1;
            }

            if ((kind & (NounKind.Charge | NounKind.Request | NounKind.Protest)) != 0 && k == i + 1)
            {
                string head = (kind & NounKind.Charge) != 0 ? "charge" : (kind & NounKind.Request) != 0 ? "request" : "protest";
                result.Add(Make(sentence, i, k + 1, MentionKind.Descriptor, EntityType.Event, null, head: head));
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Iran-backed", "Russian-backed", "US-led": a known country or organization joined to the participle of a
    /// passive lexicon verb; the mention qualifies the next one, and its head is the participle.
    /// </summary>
    private int TrySponsor(Sentence sentence, int i, List<EntityMention> result)
    {
        Token token = sentence.Tokens[i];
        int hyphen = token.Text.LastIndexOf('-');
        if (!token.IsWord || hyphen <= 0 || hyphen == token.Text.Length - 1)
        {
            return -1;
        }

        string participle = token.Lower[(hyphen + 1)..];
        string sponsor = token.Text[..hyphen];
        if (!_lexicon.PatternsStartingWith(participle).Any(p => p.Form == VerbForm.Passive && p.Rest.Count == 0))
        {
            return -1;
        }

        GazetteerEntry? entry = _gazetteer.EntriesStartingWith(sponsor.ToLowerInvariant())
            .FirstOrDefault(e => e.Tokens.Count == 1 && e.Tokens[0] == sponsor && e.Type is EntityType.Country or EntityType.Organization);
        if (entry is null)
        {
            return -1;
        }

        EntityMention mention = Make(sentence, i, i + 1, MentionKind.Adjective, entry.Type, entry.CanonicalName, head: participle);
        mention.IsModifier = true;
        result.Add(mention);

        // "Iran-backed militias", "Iranian-backed proxies": the armed groups the sponsor backs, named by what they are.
        IReadOnlyList<Token> t = sentence.Tokens;
        if (At(t, i + 1) is { IsWord: true, IsCapitalized: false } noun && noun.Lower.EndsWith('s') && _lexicon.NounKindOf(noun.Lower).HasFlag(NounKind.GroupHead)
            && noun.Lower is not ("forces" or "troops" or "groups"))
        {
            result.Add(Make(sentence, i, i + 2, MentionKind.Name, EntityType.Group, Surface(t, i, i + 2), head: noun.Lower, plural: true));
            return i + 2;
        }

        return i + 1;
    }

    /// <summary>
    /// "both sides", "both parties", "the two leaders", "the two countries": a reference to the two parties named before;
    /// "the leaders": a reference to the parties of the latest meeting.
    /// </summary>
    private int TryPair(Sentence sentence, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (t[i].Lower == "the" && At(t, i + 1) is { IsWord: true } plural && _lexicon.FunctionWords("participants").Contains(plural.Lower)
            && At(t, i + 2) is not { Lower: "of" })
        {
            // "the leaders", "the delegations": the parties of the latest meeting, however many ("the leaders of X and Y" names its own).
            result.Add(Make(sentence, i, i + 2, MentionKind.Pronoun, EntityType.Group, null, head: ParticipantsHead, plural: true));
            return i + 2;
        }

        int noun = t[i].Lower == "both" ? i + 1
            : t[i].Lower == "the" && At(t, i + 1) is { Lower: "two" } ? i + 2
            : -1;
        if (noun < 0 || At(t, noun) is not { IsWord: true } word)
        {
            return -1;
        }

        EntityType? type = _lexicon.FunctionWords("pair-person").Contains(word.Lower) ? EntityType.Person
            : _lexicon.FunctionWords("pair-country").Contains(word.Lower) ? EntityType.Country
            : _lexicon.FunctionWords("pair-party").Contains(word.Lower) ? EntityType.Group
            : null;
        if (type is null)
        {
            return -1;
        }

        result.Add(Make(sentence, i, noun + 1, MentionKind.Pronoun, type.Value, null, head: PairHead, plural: true));
        return noun + 1;
    }

    private int TryPronoun(Sentence sentence, int i, List<EntityMention> result)
    {
        Token token = sentence.Tokens[i];
        if (!token.IsWord)
        {
            return -1;
        }

        // "I" is written capitalized; the others are matched in lower case.
        if (_lexicon.FunctionWords("pronoun-speaker").Contains(token.Lower) || _lexicon.FunctionWords("pronoun-addressee").Contains(token.Lower))
        {
            bool speaker = _lexicon.FunctionWords("pronoun-speaker").Contains(token.Lower);
            result.Add(Make(sentence, i, i + 1, MentionKind.Pronoun, EntityType.Person, null, head: speaker ? SpeakerHead : AddresseeHead));
            return i + 1;
        }

        EntityType? type = _lexicon.FunctionWords("pronoun-person").Contains(token.Lower) ? EntityType.Person
            : _lexicon.FunctionWords("pronoun-thing").Contains(token.Lower) ? EntityType.Organization
            : _lexicon.FunctionWords("pronoun-plural").Contains(token.Lower) ? EntityType.Group
            : null;
        if (type is null)
        {
            return -1;
        }

        result.Add(Make(sentence, i, i + 1, MentionKind.Pronoun, type.Value, null, head: token.Lower,
            plural: type == EntityType.Group));
        return i + 1;
    }

    // "that Togo release the journalists": a word followed by a determiner is a verb, not a noun the name qualifies.
    private bool IsVerbBeforeObject(IReadOnlyList<Token> t, int afterNext) =>
        At(t, afterNext) is { IsWord: true } word && (_determiners.Contains(word.Lower) || word.Lower is "a" or "an");

    /// <summary>Marks prepositions before mentions and names that only qualify a following noun.</summary>
    public void Annotate(Sentence sentence, List<EntityMention> mentions)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        foreach (EntityMention m in mentions)
        {
            int before = m.TokenStart - 1;
            while (before >= 0 && t[before].IsWord && _determiners.Contains(t[before].Lower) && t[before].Lower != "her")
            {
                before--;
            }

            if (before >= 0 && _prepositions.Contains(t[before].Lower))
            {
                m.Preposition = t[before].Lower;
            }

            if (m.Kind == MentionKind.Name && m.Type is not (EntityType.Person or EntityType.Group) && !m.IsModifier
                && At(t, m.TokenEnd) is { IsWord: true, IsCapitalized: false } next
                && !_stopWords.Contains(next.Lower) && !_reporting.Contains(next.Lower) && !_determiners.Contains(next.Lower)
                && !_prepositions.Contains(next.Lower) && _lexicon.PatternsStartingWith(next.Lower).Count == 0
                && !next.Lower.EndsWith("ed", StringComparison.Ordinal) && !next.Lower.EndsWith("ing", StringComparison.Ordinal)
                // "The United States strongly condemns": an adverb modifies the verb after it, not the name.
                && !next.Lower.EndsWith("ly", StringComparison.Ordinal) && !Internal.Calendar.IsDayWord(next.Lower)
                && !IsVerbBeforeObject(t, m.TokenEnd + 1))
            {
                m.IsModifier = true;
            }
        }
    }
}
