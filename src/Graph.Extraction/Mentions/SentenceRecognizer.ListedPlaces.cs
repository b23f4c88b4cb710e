using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Cities and subdivisions of the derived world lists (<see cref="Gazetteer.ListedPlacesStartingWith"/>), taken in a place's context.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>Words after which a listed place's name is read as the place: "in Goma", "to Kherson", "near Mosul".</summary>
    private static readonly string[] ListedPlacePrepositions = ["in", "to", "from", "near", "outside", "at"];

    /// <summary>
    /// A city or subdivision of the world lists, named as written after a place preposition ("fighting in Goma") or before
    /// a comma and a known country or subdivision ("Goma, Congo"). Lists of thousands of places hold names of people and
    /// things too: never after a title or inside a longer capitalized name ("Secretary Austin", "Aurora Borealis").
    /// </summary>
    private int TryListedPlace(Sentence sentence, GazetteerEntry?[] gazetteer, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (MatchListedPlace(t, i) is not { } place)
        {
            return -1;
        }

        int end = i + place.Tokens.Count;
        bool afterPreposition = At(t, i - 1) is { IsWord: true, IsCapitalized: false } before && ListedPlacePrepositions.Contains(before.Lower);
        bool beforeContainer = At(t, end)?.Is(',') == true && end + 1 < t.Count
            && gazetteer[end + 1] is { Kind: GazetteerForm.Name, Type: EntityType.Country or EntityType.Region };
        if (!afterPreposition && !beforeContainer)
        {
            return -1;
        }

        result.Add(Make(sentence, i, end, MentionKind.Name, place.Type, place.CanonicalName));
        return end;
    }

    /// <summary>
    /// The listed place whose name starts at <paramref name="i"/>, capitalized and standing alone, or null: no capitalized
    /// word before it (a title, a first name) or after it.
    /// </summary>
    private GazetteerEntry? MatchListedPlace(IReadOnlyList<Token> t, int i)
    {
        if (!t[i].IsWord || !t[i].IsCapitalized)
        {
            return null;
        }

        foreach (GazetteerEntry entry in _gazetteer.ListedPlacesStartingWith(t[i].Lower))
        {
            int end = i + entry.Tokens.Count;
            if (Matches(t, i, entry.Tokens) && t[end - 1].IsCapitalized && !InsideLongerName(t, i, end)
                && At(t, i - 1) is not { IsCapitalized: true })
            {
                return entry;
            }
        }

        return null;
    }
}
