using Graph.Extraction.Internal;

namespace Graph.Extraction.Resources;

/// <summary>
/// People and the public offices of a state they held, with dates (the derived <c>officeholders.phoenix.tsv</c>): whose
/// office a title is when the article does not say ("President Ada Okafor" in a text dated while she held office).
/// Immutable and thread-safe.
/// </summary>
public sealed class Officeholders
{
    private readonly Dictionary<string, List<Office>> _byName;
    private readonly Dictionary<string, HashSet<string>> _namesBySurname;
    private readonly HashSet<string> _givenNames;

    private Officeholders(Dictionary<string, List<Office>> byName, Dictionary<string, HashSet<string>> namesBySurname)
    {
        _byName = byName;
        _namesBySurname = namesBySurname;
        _givenNames = new HashSet<string>(
            byName.Keys.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads the file's rows; a row whose country <paramref name="countryName"/> cannot name is left out.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="countryName">The canonical name of the country a name or alias stands for, or null.</param>
    public static Officeholders Load(string text, Func<string, string?> countryName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(countryName);
        var byName = new Dictionary<string, List<Office>>(StringComparer.OrdinalIgnoreCase);
        var bySurname = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in TsvReader.Rows(text))
        {
            string name = TsvReader.Column(row, 0);
            if (name.Length == 0 || countryName(TsvReader.Column(row, 2)) is not { } country)
            {
                continue;
            }

            var office = new Office(name, country, Date(TsvReader.Column(row, 4)), Date(TsvReader.Column(row, 5)));
            foreach (string form in TsvReader.List(row, 1).Prepend(name))
            {
                if (!byName.TryGetValue(form, out List<Office>? offices))
                {
                    byName[form] = offices = [];
                }

                offices.Add(office);
                string surname = form[(form.LastIndexOf(' ') + 1)..];
                if (!bySurname.TryGetValue(surname, out HashSet<string>? names))
                {
                    bySurname[surname] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(name);
            }
        }

        return new Officeholders(byName, bySurname);
    }

    /// <summary>Every name and alias of the people known, in ordinal order.</summary>
    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when a known officeholder's full name begins with <paramref name="word"/> (any case).</summary>
    public bool IsGivenName(string word) => _givenNames.Contains(word);

    /// <summary>True when a known officeholder's name ends with <paramref name="word"/> (any case).</summary>
    public bool IsSurname(string word) => _namesBySurname.ContainsKey(word);

    /// <summary>True when <paramref name="name"/> is the full name (two words or more) of a known officeholder.</summary>
    public bool Knows(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains(' ', StringComparison.Ordinal) && _byName.ContainsKey(name);
    }

    /// <summary>
    /// The country whose public office the person named <paramref name="name"/> held on <paramref name="date"/> (with no
    /// date, an office still open when the dictionary was made), or null when none or more than one. A single word is
    /// read as a surname, and answers only when one person of that surname held such an office then; so does a full name
    /// the dictionary lacks, by its surname, among holders whose given name is the same or shortened ("Joe", "Joseph").
    /// </summary>
    public string? CountryOf(string name, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(name);
        IEnumerable<Office> offices;
        if (_byName.TryGetValue(name, out List<Office>? named))
        {
            offices = named;
        }
        else if (!name.Contains(' ', StringComparison.Ordinal) && _namesBySurname.TryGetValue(name, out HashSet<string>? people))
        {
            var holding = people.Where(p => _byName[p].Any(o => o.Holds(date))).ToList();
            offices = holding.Count == 1 ? _byName[holding[0]] : [];
        }
        else if (Surname(name) is { } surname && _namesBySurname.TryGetValue(surname, out HashSet<string>? namesakes))
        {
            // "Joseph R. Biden, Jr." for "Joe Biden": the one holder of that surname then whose given name is the same or a short form of it.
            string given = name.Split(' ')[0];
            var holding = namesakes.Where(p => SameGivenName(p.Split(' ')[0], given) && _byName[p].Any(o => o.Holds(date))).ToList();
            offices = holding.Count == 1 ? _byName[holding[0]] : [];
        }
        else
        {
            return null;
        }

        var countries = offices.Where(o => o.Holds(date)).Select(o => o.Country).Distinct(StringComparer.Ordinal).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>True when one given name is the other or begins it ("Joe" and "Joseph"; not "Jake" and "John").</summary>
    private static bool SameGivenName(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase));

    /// <summary>The last word of a full name that is no generational suffix ("Jr.", "III"), or null for a single word.</summary>
    private static string? Surname(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int last = words.Length - 1;
        while (last > 0 && GenerationalSuffix.Is(words[last]))
        {
            last--;
        }

        return last > 0 ? words[last].TrimEnd(',') : null;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly date)
            ? date
            : null;

    private sealed record Office(string Person, string Country, DateOnly? From, DateOnly? To)
    {
        public bool Holds(DateOnly? date) => date is { } day
            ? (From is null || From <= day) && (To is null || day <= To)
            : To is null;
    }
}
