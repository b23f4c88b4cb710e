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
    /// "protesters" with no determiner before them name a population in general (with "the" they refer back
    /// to one named before and are descriptors).
    /// </summary>
    private int TryPopulation(Sentence sentence, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        Token token = t[i];
        if (!token.IsWord || !token.Lower.EndsWith('s') || token.Lower.Length < 4)
        {
            return -1;
        }

        if (token.IsCapitalized && IsDemonymPlural(token))
        {
            result.Add(Make(sentence, i, i + 1, MentionKind.Name, EntityType.Group, token.Text, head: token.Lower, plural: true));
            return i + 1;
        }

        // "people" alone names no particular population; the others do even without a qualifier.
        bool population = !token.IsCapitalized && token.Lower != "people" && (_lexicon.NounKindOf(token.Lower) & NounKind.Population) != 0;
        Token? before = At(t, i - 1);
        bool determined = before is not null && (_determiners.Contains(before.Lower) || before.Kind == TokenKind.Possessive
            || before.Text.Any(char.IsDigit) || before.IsCapitalized || (before.IsWord && !_stopWords.Contains(before.Lower) && !_prepositions.Contains(before.Lower)));
        if (!population || determined)
        {
            return -1;
        }

        result.Add(Make(sentence, i, i + 1, MentionKind.Name, EntityType.Group, token.Lower, head: token.Lower, plural: true));
        return i + 1;
    }

    /// <summary>A capitalized plural whose singular is a country's demonym ("Greeks" from "Greek").</summary>
    private bool IsDemonymPlural(Token token)
    {
        string singular = token.Lower[..^1];
        return _gazetteer.EntriesStartingWith(singular)
            .Any(e => e is { Kind: GazetteerForm.Adjective, Type: EntityType.Country } && e.Tokens.Count == 1);
    }
}
