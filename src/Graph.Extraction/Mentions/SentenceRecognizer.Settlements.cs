using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Towns and cities named by the word for a settlement before them.</summary>
internal sealed partial class SentenceRecognizer
{
    private const int MaxSettlementWords = 3;

    /// <summary>
    /// "the town of Irvington", "the nation's capital, Wellington", "the city Eastport": a capitalized name after "town",
    /// "city", "village" or "capital" (with "of" or a comma between) is a city; a known one is named as the place, not
    /// as its country.
    /// </summary>
    private int TrySettlement(Sentence sentence, GazetteerEntry?[] gazetteer, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (t[i].Lower is not ("town" or "city" or "village" or "capital") || t[i].IsCapitalized)
        {
            return -1;
        }

        int start = At(t, i + 1) is { Lower: "of" } or { Text: "," } ? i + 2 : i + 1;
        if (start < t.Count && gazetteer[start] is { Kind: GazetteerForm.Name, Type: EntityType.City } city)
        {
            // A known capital named as a place, not acting for its country ("the capital, Wellington").
            EntityMention place = Make(sentence, start, start + city.Tokens.Count, MentionKind.Name, EntityType.City, city.CanonicalName);
            place.IsModifier = true;
            result.Add(place);
            return place.TokenEnd;
        }

        int end = start;
        while (end < t.Count && end - start < MaxSettlementWords && IsNameWord(t[end], gazetteer[end]) && MatchTitle(t, end).Title is null)
        {
            end++;
        }

        if (end == start || At(t, end) is { IsCapitalized: true } or { Kind: TokenKind.Possessive })
        {
            return -1;
        }

        result.Add(Make(sentence, start, end, MentionKind.Name, EntityType.City, Surface(t, start, end)));
        return end;
    }
}
