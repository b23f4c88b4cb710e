using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Resources;

/// <summary>
/// What the name recognizer learns from the gazetteer: a lexicon of the first and last words of the officeholders'
/// names, the one-word names of known places, organizations and groups, and the words that end many of their longer
/// names; and the names of people and places themselves, to substitute for the names of annotated sentences in
/// training (organizations' names are not substituted: their annotated contexts say little once the name is another).
/// </summary>
public static class NameLexiconSource
{
    /// <summary>A word is a place's or organization's head when at least this many known names of that kind end in it.</summary>
    public const int MinHeads = 3;

    /// <summary>Builds the lexicon from <paramref name="gazetteer"/>.</summary>
    public static NameLexicon From(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var words = new List<(string, NameWordClass)>();
        foreach (string name in gazetteer.Officeholders.Names)
        {
            string[] parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                words.Add((parts[0], NameWordClass.GivenName));
                words.Add((parts[^1], NameWordClass.Surname));
            }
        }

        var heads = new Dictionary<(string, NameWordClass), int>();
        foreach (GazetteerEntry entry in gazetteer.Entries)
        {
            if (entry.Kind != GazetteerForm.Name || NameTypeOf(entry.Type) is not { } type)
            {
                continue;
            }

            bool place = type == NameType.Location;
            if (entry.Tokens.Count == 1)
            {
                words.Add((entry.Form, place ? NameWordClass.Place : NameWordClass.Organization));
            }
            else
            {
                var head = (entry.Tokens[^1].ToLowerInvariant(), place ? NameWordClass.PlaceHead : NameWordClass.OrganizationHead);
                heads[head] = heads.GetValueOrDefault(head) + 1;
            }
        }

        words.AddRange(heads.Where(h => h.Value >= MinHeads && h.Key.Item1.Any(char.IsLetter)).Select(h => h.Key));
        return NameLexicon.From(words);
    }

    /// <summary>The known names of people (officeholders' full names) and of places.</summary>
    public static IReadOnlyDictionary<NameType, IReadOnlyList<string>> Names(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var places = new SortedSet<string>(StringComparer.Ordinal);
        foreach (GazetteerEntry entry in gazetteer.Entries)
        {
            if (entry.Kind == GazetteerForm.Name && NameTypeOf(entry.Type) == NameType.Location)
            {
                places.Add(entry.Form);
            }
        }

        return new Dictionary<NameType, IReadOnlyList<string>>
        {
            [NameType.Person] = gazetteer.Officeholders.Names.Where(IsPlainFullName).ToArray(),
            [NameType.Location] = places.ToArray(),
        };
    }

    // Two to four words of letters ("Ada Okafor", "A. B. Okafor-Reyes"): a name the way text writes it between other
    // words, without a suffix after a comma ("Jr.") whose words would not be split as text is.
    private static bool IsPlainFullName(string name)
    {
        string[] words = name.Split(' ');
        return words.Length is >= 2 and <= 4 && words.All(w => w.Length > 0 && char.IsLetter(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''));
    }

    // The recognizer's type of a gazetteer entity's name; people are not in the gazetteer's entries.
    private static NameType? NameTypeOf(EntityType type) => type switch
    {
        EntityType.Country or EntityType.City or EntityType.Region => NameType.Location,
        EntityType.Organization or EntityType.Group => NameType.Organization,
        _ => null,
    };
}
