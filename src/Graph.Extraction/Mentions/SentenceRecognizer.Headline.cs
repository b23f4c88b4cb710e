using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Names in title-case headlines.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// In a title-case headline every word is capitalized, so a titled name runs on into the next words
    /// ("… General Jane Roe Before Talks"). Each person name there is cut back to the longest form the body uses;
    /// a name the body never uses is dropped. In a title-case line of the body, a name is cut before a verb.
    /// </summary>
    public void TrimHeadlineNames(Sentence sentence, List<EntityMention> mentions, string body)
    {
        if (sentence.CapitalizedVerbs.Count == 0 && (!sentence.IsHeadline || !IsTitleCase(sentence.Tokens)))
        {
            return;
        }

        for (int m = mentions.Count - 1; m >= 0; m--)
        {
            EntityMention person = mentions[m];
            if (person.Kind != MentionKind.Name || person.Type != EntityType.Person || person.Name is null
                || (sentence.IsHeadline && body.Contains(person.Name, StringComparison.Ordinal)))
            {
                continue;
            }

            if (!sentence.IsHeadline)
            {
                // A title-case line of the body ("*Vice President Roe Details Action Plan Progress*"): only its verbs are cut.
                if (CutAtVerb(sentence, person) is { } kept)
                {
                    mentions[m] = kept;
                }
                else
                {
                    mentions.RemoveAt(m);
                }

                continue;
            }

            if (CutAtVerb(sentence, person) is not { } cut)
            {
                mentions.RemoveAt(m);
                continue;
            }

            mentions[m] = person = cut;
            if (body.Contains(person.Name!, StringComparison.Ordinal) || EndsAtALowerCaseWord(sentence, person) || EndsAtASurnameTheBodyUses(sentence, person, body))
            {
                continue;
            }

            string[] words = person.Name!.Split(' ');
            int keep = words.Length - 1;
            while (keep > 0 && !body.Contains(string.Join(' ', words[..keep]), StringComparison.Ordinal))
            {
                keep--;
            }

            // "… Secretary General Jane Roe Before Talks" with only "SECRETARY GENERAL ROE:" in the body: a titled name is
            // its first one to three words when the body uses the last of them, in any case, and no longer form of it.
            for (int titled = Math.Min(3, words.Length); keep == 0 && person.Title is not null && titled >= 1; titled--)
            {
                keep = UsesWord(body, words[titled - 1]) ? titled : keep;
            }

            mentions.RemoveAt(m);
            int end = person.TokenEnd - (words.Length - keep);
            if (keep > 0 && end > person.TokenStart)
            {
                mentions.Insert(m, Make(sentence, person.TokenStart, end, person.Kind, person.Type, string.Join(' ', words[..keep]),
                    title: person.Title, titleKind: person.TitleKind, holder: person.TitleHolder));
            }
        }
    }

    /// <summary>
    /// "President Roe Promised to ...", "President Roe Transmits Compacts of ...": the name runs on into the headline's verb
    /// and beyond; it ends before the first of its words after the first that the headline's lower-case reading makes a
    /// verb (<see cref="Sentence.CapitalizedVerbs"/>). Null when no name word is left before the verb.
    /// </summary>
    private EntityMention? CutAtVerb(Sentence sentence, EntityMention person)
    {
        string[] words = person.Name!.Split(' ');
        int first = person.TokenEnd - words.Length;
        for (int k = Math.Max(first + 1, person.TokenStart + 1); k < person.TokenEnd; k++)
        {
            // A last word is a verb only before a lower-case word ("Roe Promised to"): "Ana Fields &" ends in a surname. A
            // title is none ("General Field Representatives").
            bool last = k == person.TokenEnd - 1;
            if (sentence.CapitalizedVerbs.Contains(sentence.Tokens[k].Start) && !IsPluralTitle(sentence.Tokens[k]) && MatchTitle(sentence.Tokens, k).Title is null
                && (!last || (k + 1 < sentence.Tokens.Count && sentence.Tokens[k + 1] is { IsWord: true } next && char.IsLower(next.Text[0]))))
            {
                int keep = words.Length - (person.TokenEnd - k);
                return keep <= 0 ? null : Make(sentence, person.TokenStart, k, person.Kind, person.Type, string.Join(' ', words[..keep]),
                    title: person.Title, titleKind: person.TitleKind, holder: person.TitleHolder);
            }
        }

        return person;
    }

    /// <summary>
    /// "Statement by NSC Spokesperson Jane Roe on ...", "Remarks by President Roe on ...": a titled name of one to four
    /// words that a lower-case word, a possessive or the end of the headline closes ran on into nothing, whether or not
    /// the body uses it.
    /// </summary>
    private bool EndsAtALowerCaseWord(Sentence sentence, EntityMention person)
    {
        // A generational suffix is no word of the name's own ("Biden Jr." is one name word).
        string[] words = person.Name!.Split(' ').Where(w => !Internal.GenerationalSuffix.Is(w)).ToArray();
        if (words.Length == 0)
        {
            return false;
        }

        string last = words[^1].ToLowerInvariant();
        Tokens.Token? next = person.TokenEnd < sentence.Tokens.Count ? sentence.Tokens[person.TokenEnd] : null;

        // "Vice President Roe Launches the ...": a last word that is an ordinary word or a verb is the headline's own.
        bool verbLike = _lexicon.IsOrdinaryWord(last) || last.EndsWith("ing", StringComparison.Ordinal) || _lexicon.PatternsStartingWith(last).Count > 0
            || (last.EndsWith('s') && _lexicon.PatternsStartingWith(last.TrimEnd('s')).Count > 0)
            || (last.EndsWith("es", StringComparison.Ordinal) && _lexicon.PatternsStartingWith(last[..^2]).Count > 0)
            // "President Roe Designates the ...": a word in "s" before a determiner is the headline's verb.
            || (last.EndsWith('s') && words.Length > 1 && next is { IsWord: true } && (next.Lower is "a" or "an" || _lexicon.FunctionWords("determiner").Contains(next.Lower)));
        // "President Roe Jr.'s Call": a surname with a suffix is cut back to the form the body uses.
        bool oneWord = words.Length == 1 && !person.Name.Contains(' ', StringComparison.Ordinal);
        return person.Title is not null && (oneWord || words.Length is >= 2 and <= 4) && !verbLike
            && (next is null || next.Kind == Tokens.TokenKind.Possessive || (next.IsWord && char.IsLower(next.Text[0])));
    }

    /// <summary>
    /// "Press Briefing by Press Secretary Jane Roe, August 11": a titled full name a comma or the headline's end closes,
    /// whose surname the body uses in any case ("MS. ROE:"), is whole even when the body calls her "Jane" alone.
    /// </summary>
    private static bool EndsAtASurnameTheBodyUses(Sentence sentence, EntityMention person, string body)
    {
        string[] words = person.Name!.Split(' ');
        Tokens.Token? next = person.TokenEnd < sentence.Tokens.Count ? sentence.Tokens[person.TokenEnd] : null;
        return person.Title is not null && words.Length is >= 2 and <= 4 && UsesWord(body, words[^1]) && (next is null || next.Is(','));
    }

    /// <summary>True when <paramref name="text"/> has <paramref name="word"/> as a word of its own, in any case.</summary>
    private static bool UsesWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            bool starts = at == 0 || !char.IsLetter(text[at - 1]);
            bool ends = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (starts && ends)
            {
                return true;
            }
        }

        return false;
    }
}
