using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Populations named as actors: demonym plurals and plural population nouns.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// "Americans", "Greeks": the plural of a country's demonym names its people as a group. "migrants",
    /// "protesters", "asylum seekers" with no determiner before them name a population in general (with "the" they refer
    /// back to one named before and are descriptors).
    /// </summary>
    private int TryPopulation(Sentence sentence, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        Token token = t[i];
        if (TryQualifiedPopulation(sentence, i, result) is int qualifiedEnd and > 0)
        {
            return qualifiedEnd;
        }

        // "asylum seekers": a population named by two words.
        int end = At(t, i + 1) is { IsWord: true } second && IsPopulation(token.Lower + " " + second.Lower) ? i + 2 : i + 1;
        if (!token.IsWord || !t[end - 1].Lower.EndsWith('s') || token.Lower.Length < 4)
        {
            return -1;
        }

        if (token.IsCapitalized && IsDemonymPlural(token))
        {
            result.Add(Make(sentence, i, i + 1, MentionKind.Name, EntityType.Group, token.Text, head: token.Lower, plural: true));
            return i + 1;
        }

        // "people" alone names no particular population; the others do even without a qualifier, written in lower case or
        // capitalized only as a sentence's first word ("Protesters clashed with police").
        string words = Surface(t, i, end).ToLowerInvariant();
        bool sentenceStart = i == 0 || (i == 1 && t[0].Kind == TokenKind.Quote);
        bool population = (!token.IsCapitalized || (sentenceStart && token.Text[1..].All(c => !char.IsUpper(c))))
                          && token.Lower != "people" && IsPopulation(words);
        Token? before = At(t, i - 1);

        // A count or an amount ("45,756 migrants", "some asylum seekers") still names a population in general; "the", "their" or
        // an adjective refers to one named before.
        bool determined = before is not null && !_lexicon.FunctionWords("quantifier").Contains(before.Lower)
            && (_determiners.Contains(before.Lower) || before.Kind == TokenKind.Possessive
            || before.IsCapitalized || (before.IsWord && !_stopWords.Contains(before.Lower) && !_prepositions.Contains(before.Lower)));
        if (!population || determined)
        {
            return -1;
        }

        result.Add(Make(sentence, i, end, MentionKind.Name, EntityType.Group, words, head: t[end - 1].Lower, plural: true));
        return end;
    }

    /// <summary>
    /// "LGBT community", "Tamil diaspora": one capitalized qualifier the gazetteer does not know, then a population noun,
    /// name a population group.
    /// </summary>
    private int TryQualifiedPopulation(Sentence sentence, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        Token token = t[i];
        bool sentenceInitial = i == 0 || (i == 1 && t[0].Kind == TokenKind.Quote);
        if (!token.IsCapitalized || (sentenceInitial && IsSentenceOpener(token)) || _stopWords.Contains(token.Lower) || _openers.Contains(token.Lower)
            || At(t, i - 1) is { IsCapitalized: true } || At(t, i + 1) is not { IsWord: true, IsCapitalized: false } noun
            || noun.Lower == "people" || !IsPopulation(noun.Lower) || MatchTitle(t, i).Title is not null)
        {
            return -1;
        }

        result.Add(Make(sentence, i, i + 2, MentionKind.Name, EntityType.Group, Surface(t, i, i + 2), head: noun.Lower, plural: noun.Lower.EndsWith('s')));
        return i + 2;
    }

    private bool IsPopulation(string words) => (_lexicon.NounKindOf(words) & NounKind.Population) != 0;

    /// <summary>A capitalized plural whose singular is a country's demonym ("Greeks" from "Greek").</summary>
    private bool IsDemonymPlural(Token token)
    {
        string singular = token.Lower[..^1];
        return _gazetteer.EntriesStartingWith(singular)
            .Any(e => e is { Kind: GazetteerForm.Adjective, Type: EntityType.Country } && e.Tokens.Count == 1);
    }
}
