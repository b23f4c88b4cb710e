using Graph.Extraction.Resources;

namespace Graph.Extraction.Coreference;

/// <summary>The full names of an article's people, and which of them a shorter name stands for.</summary>
internal sealed class PersonNames
{
    private readonly List<string> _fullNames;
    private readonly Dictionary<string, HashSet<string>> _offices = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relatives = new(StringComparer.Ordinal);

    /// <summary>
    /// The people's names as written, each with the title it was called by, if any, and whether a family tie introduced
    /// it ("my son Tom Roe").
    /// </summary>
    public PersonNames(IEnumerable<(string Name, string? Title, TitleKind? Kind, bool Kin)> people)
    {
        var fullNames = new List<string>();
        foreach ((string name, string? title, TitleKind? kind, bool kin) in people)
        {
            if (!name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            fullNames.Add(name);
            if (kin)
            {
                _relatives.Add(name);
            }

            if (!IsCourtesy(title, kind))
            {
                (_offices.TryGetValue(name, out HashSet<string>? heads) ? heads : _offices[name] = new(StringComparer.Ordinal)).Add(Gazetteer.TitleHeadWord(title!));
            }
        }

        _fullNames = [.. fullNames.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether the article gives someone this full name (two words or more).</summary>
    public bool IsFullName(string name) => _fullNames.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The full name <paramref name="name"/> shortens, or the name itself. A surname called by a title never stands for
    /// a full name the article gives only titles built on other nouns ("President Okafor" is not "First Lady Ada Okafor";
    /// "Secretary Okafor" is "Secretary of State Ada Okafor"), nor for a relative's the article gives no office ("President
    /// Okafor" is not "my son Tom Okafor").
    /// </summary>
    public string Canonical(string name, string? title = null, TitleKind? kind = null)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            // Two full names that share a surname are two people; a two-word surname ("López Obrador", "von der
            // Leyen") ends the one full name it shortens.
            var longer = _fullNames.Where(f => f.Length > name.Length && f.EndsWith(" " + name, StringComparison.Ordinal)).ToList();
            if (longer.Count == 0)
            {
                // "Ada Okafor" for "Ada N. Okafor" or "Ada Ngozi Okafor": the same first and last names around a middle one.
                longer = _fullNames.Where(f => WithMiddleName(f, name)).ToList();
            }

            return longer.Count == 1 ? longer[0] : name;
        }

        string? office = IsCourtesy(title, kind) ? null : Gazetteer.TitleHeadWord(title!);
        string last = LastPart(name);

        // A transcript's speaker labels write the surname in capitals ("MS. OKAFOR-REYES:").
        StringComparison comparison = name.Any(char.IsLower) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        foreach (string full in _fullNames)
        {
            if ((full.EndsWith(" " + name, comparison) || string.Equals(LastPart(full), last, comparison)
                 || string.Equals(FirstOfDoubleSurname(full), name, comparison))
                && (office is null || (_offices.TryGetValue(full, out HashSet<string>? titles) ? titles.Contains(office) : !_relatives.Contains(full))))
            {
                return Canonical(full);
            }
        }

        // "Kim" for "Kim Jong Un": a family name written first, when only one full name begins with it.
        var byFirst = _fullNames.Where(f => f.StartsWith(name + " ", StringComparison.Ordinal)).Select(f => Canonical(f)).Distinct().ToList();
        return byFirst.Count == 1 ? byFirst[0] : name;
    }

    private static bool WithMiddleName(string full, string name)
    {
        string[] words = full.Split(' ');
        string[] given = name.Split(' ');
        return given.Length == 2 && words.Length is 3 or 4
            && words[0] == given[0] && words[^1] == given[1] && char.IsUpper(words[1][0]) && (words.Length == 3 || char.IsUpper(words[2][0]));
    }

    // No title, or a one-word courtesy title (Mr, Dr, Professor), which goes with any office its bearer holds.
    private static bool IsCourtesy(string? title, TitleKind? kind) =>
        title is null || (kind is TitleKind.Honorific or null && !title.Contains(' ', StringComparison.Ordinal));

    // "Osmani" for "Vjosa Osmani-Sadriu": a double surname is often shortened to its first part.
    private static string? FirstOfDoubleSurname(string full)
    {
        string last = full[(full.LastIndexOf(' ') + 1)..];
        int hyphen = last.IndexOf('-', StringComparison.Ordinal);
        return hyphen >= 3 && last.Length - hyphen > 3 && char.IsUpper(last[0]) && char.IsUpper(last[hyphen + 1]) ? last[..hyphen] : null;
    }

    // "al-Kadhimi", "Al-Sudani" and "Kadhimi", "Sudani" name the same family: the Arabic article is often left out.
    private static string LastPart(string name)
    {
        string last = name[(name.LastIndexOf(' ') + 1)..];
        int hyphen = last.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen <= 3 && (char.IsLower(last[0]) || ArabicArticles.Contains(last[..hyphen])) ? last[(hyphen + 1)..] : last;
    }

    private static readonly HashSet<string> ArabicArticles = new(StringComparer.Ordinal) { "Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az" };
}
