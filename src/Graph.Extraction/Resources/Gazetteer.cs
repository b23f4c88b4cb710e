using Graph.Extraction.Internal;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>
/// Known countries, cities, regions, organizations, groups and titles, indexed by first token for
/// longest-match lookup. Built once from the TSV data files; immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>A derived form of at most this many letters matches only as written: short forms are common words in other cases.</summary>
    public const int DerivedShortLetters = 4;

    private readonly Dictionary<string, GazetteerEntry[]> _entriesByFirstToken;
    private readonly Dictionary<string, TitleEntry[]> _titlesByFirstToken;
    private readonly Dictionary<string, GazetteerEntry[]> _listedPlacesByFirstToken;
    private readonly Dictionary<string, string> _countryOfCity;
    private readonly Dictionary<string, string> _capitalOfCountry;
    private readonly Dictionary<string, string> _countryOfSeat;
    private readonly HashSet<string> _parties;
    private readonly HashSet<string> _stateOffices;
    private readonly HashSet<string> _headOffices;
    private readonly HashSet<string> _localOffices;
    private readonly Dictionary<string, string> _countryOfRegion;
    private readonly Dictionary<string, PlaceReading[]> _readings;

    private Gazetteer(
        Dictionary<string, GazetteerEntry[]> entries,
        Dictionary<string, TitleEntry[]> titles,
        Dictionary<string, string> countryOfCity,
        Dictionary<string, string> capitalOfCountry,
        Dictionary<string, string> countryOfSeat,
        Dictionary<string, GazetteerEntry[]> listedPlaces,
        Officeholders officeholders,
        HashSet<string> parties,
        Dictionary<string, string> countryOfRegion,
        Dictionary<string, PlaceReading[]> readings)
    {
        _countryOfRegion = countryOfRegion;
        _readings = readings;
        Officeholders = officeholders;
        _parties = parties;
        TitleHeadWords = titles.Values.SelectMany(t => t)
            .Where(t => t.Kind is TitleKind.Office or TitleKind.Style or TitleKind.Role)
            .Select(t => HeadWordOf(t.Tokens))
            .ToHashSet(StringComparer.Ordinal);
        _listedPlacesByFirstToken = listedPlaces;
        _countryOfSeat = countryOfSeat;
        _entriesByFirstToken = entries;
        _titlesByFirstToken = titles;
        _stateOffices = titles.Values.SelectMany(t => t).Where(t => t.Scope is TitleScope.State or TitleScope.Head || t.Kind == TitleKind.Style).Select(t => t.Title)
            .ToHashSet(StringComparer.Ordinal);
        _localOffices = titles.Values.SelectMany(t => t).Where(t => t.Scope == TitleScope.Local).Select(t => t.Title).ToHashSet(StringComparer.Ordinal);
        _headOffices = titles.Values.SelectMany(t => t).Where(t => t.Scope == TitleScope.Head || t.Kind == TitleKind.Style).Select(t => t.Title)
            .ToHashSet(StringComparer.Ordinal);
        _countryOfCity = countryOfCity;
        _capitalOfCountry = capitalOfCountry;
    }

    /// <summary>Every entry, in the order of their first tokens.</summary>
    public IEnumerable<GazetteerEntry> Entries =>
        _entriesByFirstToken.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);

    /// <summary>Entries whose first token is <paramref name="lowerToken"/>, longest first.</summary>
    public IReadOnlyList<GazetteerEntry> EntriesStartingWith(string lowerToken) =>
        _entriesByFirstToken.TryGetValue(lowerToken, out GazetteerEntry[]? entries) ? entries : [];

    /// <summary>
    /// Cities and first-level subdivisions of the derived world lists (<c>cities.geonames.tsv</c>,
    /// <c>regions.geonames.tsv</c>) whose first token is <paramref name="lowerToken"/>, longest first. They are no part of
    /// <see cref="EntriesStartingWith"/>: a name of the lists is a place only in a place's context, which the recognizer checks.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> ListedPlacesStartingWith(string lowerToken) =>
        _listedPlacesByFirstToken.TryGetValue(lowerToken, out GazetteerEntry[]? entries) ? entries : [];

    /// <summary>Titles whose first token is <paramref name="lowerToken"/>, longest first.</summary>
    public IReadOnlyList<TitleEntry> TitlesStartingWith(string lowerToken) =>
        _titlesByFirstToken.TryGetValue(lowerToken, out TitleEntry[]? entries) ? entries : [];

    /// <summary>
    /// True when <paramref name="title"/> (canonical, as <see cref="TitleEntry.Title"/> gives it) is an office of a country's
    /// national government or a style (a monarch's): whose office such a title is may be left to the reader.
    /// </summary>
    public bool IsStateOffice(string title) => _stateOffices.Contains(title);

    /// <summary>True when <paramref name="title"/> is a head of state's or government's, or a monarch's style.</summary>
    public bool IsHeadOffice(string title) => _headOffices.Contains(title);

    /// <summary>True when <paramref name="title"/> is an office of a city's, a county's or a region's government ("Mayor").</summary>
    public bool IsLocalOffice(string title) => _localOffices.Contains(title);

    /// <summary>
    /// True for a hyphenated word that joins the one-word names or adjectives of two countries, a name at least, and is no
    /// name of its own ("Chile-Peru", "U.S.-Saudi"; not "Guinea-Bissau", nor "Saudi-Iraqi", which opens a joint body's name).
    /// </summary>
    public bool IsCountryCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string[] parts = word.Split('-');
        if (parts.Length < 2 || parts.Any(p => p.Length == 0 || !char.IsUpper(p[0])) || EntriesStartingWith(word.ToLowerInvariant()).Any(e => e.Tokens.Count == 1))
        {
            return false;
        }

        GazetteerEntry? CountryWord(string part) => EntriesStartingWith(part.ToLowerInvariant())
            .FirstOrDefault(e => e.Tokens.Count == 1 && e.Type == EntityType.Country && e.Form.Equals(part, StringComparison.OrdinalIgnoreCase));

        // Two adjectives stay one word: "Saudi-Iraqi" opens the name of a joint body.
        return CountryWord(parts[0]) is { } first && CountryWord(parts[1]) is { } second
            && (first.Kind == GazetteerForm.Name || second.Kind == GazetteerForm.Name);
    }

    /// <summary>Every title surface form, in a stable order.</summary>
    public IEnumerable<TitleEntry> Titles => _titlesByFirstToken.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);

    /// <summary>
    /// The nouns titles are built on, lower case: the last word of each office, style and role title, or the word before
    /// its "of" ("Secretary of State"): "minister", "president", "attorney".
    /// </summary>
    public IReadOnlySet<string> TitleHeadWords { get; }

    /// <summary>The noun a title is built on, lower case: its last word, or the word before "of" ("Secretary of State").</summary>
    public static string TitleHeadWord(string title) => HeadWordOf(title.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The title written exactly as <paramref name="words"/> (any case), or null.</summary>
    public TitleEntry? TitleWrittenAs(IReadOnlyList<string> words) =>
        words.Count == 0 ? null : TitlesStartingWith(words[0].ToLowerInvariant()).FirstOrDefault(e => e.Tokens.Count == words.Count && e.IsWrittenAt(words, 0));

    private static string HeadWordOf(IReadOnlyList<string> tokens)
    {
        int of = tokens.Select(w => w.ToLowerInvariant()).ToList().IndexOf("of");
        return (of > 0 ? tokens[of - 1] : tokens[^1]).ToLowerInvariant();
    }

    /// <summary>People and the public offices of a state they held (the derived <c>officeholders.phoenix</c> file).</summary>
    public Officeholders Officeholders { get; }

    /// <summary>The country (canonical name) a first-level subdivision lies in.</summary>
    public string? CountryOfRegion(string region) => _countryOfRegion.GetValueOrDefault(region);

    /// <summary>The readings of a place name several entries bear (<c>shared-names.tsv</c>), the default first; empty for any other name.</summary>
    public IReadOnlyList<PlaceReading> ReadingsOf(string name) => _readings.TryGetValue(name, out PlaceReading[]? readings) ? readings : [];

    /// <summary>True when <paramref name="organization"/> (a canonical name) is a political party of <c>parties.tsv</c>.</summary>
    public bool IsParty(string organization) => _parties.Contains(organization);

    /// <summary>The country (canonical name) a known city lies in.</summary>
    public string? CountryOfCity(string city) => _countryOfCity.GetValueOrDefault(city);

    /// <summary>The country whose government a seat of government ("Kremlin") stands for, by the seat's canonical name.</summary>
    public string? CountryOfSeat(string seat) => _countryOfSeat.GetValueOrDefault(seat);

    /// <summary>True when <paramref name="city"/> is the capital of its country.</summary>
    public bool IsCapital(string city) =>
        _countryOfCity.TryGetValue(city, out string? country) && _capitalOfCountry.GetValueOrDefault(country) == city;

    /// <summary>Builds a gazetteer from the data files' contents.</summary>
    /// <param name="files">File contents by logical name (countries, cities, regions, organizations, parties, seats, groups, titles, shared-names, and the
    /// derived organizations.phoenix and groups.phoenix, whose forms yield to the hand-written ones, the derived officeholders.phoenix, and the derived
    /// cities.geonames and regions.geonames, whose forms yield to every other file).</param>
    /// <param name="tokenizer">Tokenizer used to split forms exactly as article text is split.</param>
    public static Gazetteer Load(IReadOnlyDictionary<string, string> files, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var entries = new List<GazetteerEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var countryOfCity = new Dictionary<string, string>(StringComparer.Ordinal);
        var capitalOfCountry = new Dictionary<string, string>(StringComparer.Ordinal);

        void Add(string form, EntityType type, string canonical, GazetteerForm kind)
        {
            // The first entry for a form wins: names of countries before capitals, names before adjectives.
            if (form.Length > 0 && seen.Add(form))
            {
                string[] tokens = [.. tokenizer.Tokenize(form, 0, form.Length).Select(t => t.Text)];
                entries.Add(new GazetteerEntry(form, tokens, type, canonical, kind, IsMixedCaseShort(form)));
            }
        }

        var countries = TsvReader.Rows(files.GetValueOrDefault("countries") ?? string.Empty).ToList();
        foreach (string[] row in countries)
        {
            string name = TsvReader.Column(row, 0);
            Add(name, EntityType.Country, name, GazetteerForm.Name);
            foreach (string alias in TsvReader.List(row, 1))
            {
                Add(alias, EntityType.Country, name, GazetteerForm.Name);
            }
        }

        foreach (string[] row in countries)
        {
            string name = TsvReader.Column(row, 0);
            var capitalForms = TsvReader.List(row, 3).ToList();
            if (capitalForms.Count > 0 && !seen.Contains(capitalForms[0]))
            {
                capitalOfCountry[name] = capitalForms[0];
                countryOfCity[capitalForms[0]] = name;
                foreach (string form in capitalForms)
                {
                    Add(form, EntityType.City, capitalForms[0], GazetteerForm.Name);
                }
            }

            foreach (string demonym in TsvReader.List(row, 2))
            {
                Add(demonym, EntityType.Country, name, GazetteerForm.Adjective);
            }
        }

        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("cities") ?? string.Empty))
        {
            string name = TsvReader.Column(row, 0);
            countryOfCity.TryAdd(name, TsvReader.Column(row, 1));
            Add(name, EntityType.City, name, GazetteerForm.Name);
            foreach (string alias in TsvReader.List(row, 2))
            {
                Add(alias, EntityType.City, name, GazetteerForm.Name);
            }
        }

        AddNamed(files.GetValueOrDefault("regions"), EntityType.Region, Add);

        // First-level subdivisions (states, provinces, constituent nations) are regions, not countries or cities.
        AddNamed(files.GetValueOrDefault("subdivisions"), EntityType.Region, Add);
        var countryOfRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("subdivisions") ?? string.Empty))
        {
            if (TsvReader.Column(row, 3) is { Length: > 0 } country)
            {
                countryOfRegion[TsvReader.Column(row, 0)] = country;
            }
        }

        var readings = new Dictionary<string, PlaceReading[]>(StringComparer.Ordinal);
        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("shared-names") ?? string.Empty))
        {
            readings[TsvReader.Column(row, 0)] = [.. TsvReader.List(row, 1).Select(PlaceReading.Parse)];
        }
        AddNamed(files.GetValueOrDefault("organizations"), EntityType.Organization, Add);

        // Parties are organizations; the gazetteer remembers which, for a party's members ("Labour MP X").
        AddNamed(files.GetValueOrDefault("parties"), EntityType.Organization, Add);
        var parties = TsvReader.Rows(files.GetValueOrDefault("parties") ?? string.Empty).Select(row => TsvReader.Column(row, 0))
            .ToHashSet(StringComparer.Ordinal);
        var countryOfSeat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("seats") ?? string.Empty))
        {
            string name = TsvReader.Column(row, 0);
            countryOfSeat[name] = TsvReader.Column(row, 2);
            foreach (string form in TsvReader.List(row, 1).Prepend(name))
            {
                Add(form, EntityType.Organization, name, GazetteerForm.Name);
            }
        }

        AddNamed(files.GetValueOrDefault("groups"), EntityType.Group, Add);

        // Derived gazetteers come last: a form the hand-written files give keeps their reading.
        var known = entries.GroupBy(e => e.Form, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var knownUndotted = entries.GroupBy(e => Undotted(e.Form), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(known.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var (file, type) in new[] { ("organizations.phoenix", EntityType.Organization), ("groups.phoenix", EntityType.Group) })
        {
            foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault(file) ?? string.Empty))
            {
                string name = TsvReader.Column(row, 0);
                var exact = TsvReader.List(row, 2).ToHashSet(StringComparer.Ordinal);
                string[] forms = [name, .. TsvReader.List(row, 1)];

                // A row naming an organization or group of the hand-written files adds its other forms to that entity.
                // Dots do not tell two names apart ("U.N. Security Council", "UN Security Council").
                GazetteerEntry? same = forms.Select(f => known.GetValueOrDefault(f) ?? knownUndotted.GetValueOrDefault(Undotted(f)))
                    .FirstOrDefault(e => e is { Kind: GazetteerForm.Name, Type: EntityType.Organization or EntityType.Group });
                foreach (string form in forms.Where(f => f.Length > 0 && taken.Add(f)))
                {
                    string[] tokens = [.. tokenizer.Tokenize(form, 0, form.Length).Select(t => t.Text)];
                    bool exactCase = exact.Contains(form) || form.Count(char.IsLetter) <= DerivedShortLetters;
                    entries.Add(new GazetteerEntry(form, tokens, same?.Type ?? type, same?.CanonicalName ?? name, GazetteerForm.Name, exactCase, Derived: true));
                }
            }
        }

        // The world lists of cities and subdivisions come last of all: a form any other file gives keeps that file's reading.
        var listed = new List<GazetteerEntry>();
        foreach (var (file, type) in new[] { ("cities.geonames", EntityType.City), ("regions.geonames", EntityType.Region) })
        {
            foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault(file) ?? string.Empty))
            {
                string name = TsvReader.Column(row, 0);
                if (name.Length == 0 || taken.Contains(name))
                {
                    continue;
                }

                if (type == EntityType.City)
                {
                    countryOfCity.TryAdd(name, TsvReader.Column(row, 1));
                }

                foreach (string form in TsvReader.List(row, 2).Prepend(name).Where(f => f.Length > 0 && taken.Add(f)))
                {
                    string[] tokens = [.. tokenizer.Tokenize(form, 0, form.Length).Select(t => t.Text)];
                    listed.Add(new GazetteerEntry(form, tokens, type, name, GazetteerForm.Name, Derived: true));
                }
            }
        }

        var titles = new List<TitleEntry>();
        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("titles") ?? string.Empty))
        {
            string title = TsvReader.Column(row, 0);
            TitleKind kind = Enum.Parse<TitleKind>(TsvReader.Column(row, 1), ignoreCase: true);
            TitleScope scope = TsvReader.Column(row, 3) is { Length: > 0 } written ? Enum.Parse<TitleScope>(written, ignoreCase: true) : TitleScope.None;
            foreach (string form in TsvReader.List(row, 2).Prepend(title))
            {
                string[] tokens = [.. tokenizer.Tokenize(form, 0, form.Length).Select(t => t.Text)];
                titles.Add(new TitleEntry(title, tokens, kind, scope));
            }
        }

        // Officeholders name their countries as the dictionary does ("United States of America"): a country's name or alias here.
        Officeholders officeholders = Officeholders.Load(
            files.GetValueOrDefault("officeholders.phoenix") ?? string.Empty,
            country => known.GetValueOrDefault(country) is { Type: EntityType.Country, Kind: GazetteerForm.Name } entry ? entry.CanonicalName : null);

        return new Gazetteer(
            entries.GroupBy(e => e.Tokens[0].ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Count).ToArray(), StringComparer.Ordinal),
            titles.GroupBy(t => t.Tokens[0].ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Tokens.Count).ToArray(), StringComparer.Ordinal),
            countryOfCity,
            capitalOfCountry,
            countryOfSeat,
            listed.GroupBy(e => e.Tokens[0].ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Count).ToArray(), StringComparer.Ordinal),
            officeholders,
            parties,
            countryOfRegion,
            readings);
    }

    private static string Undotted(string form) => form.Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>A short form with a capital inside ("LeT", "JeM") is an acronym written so: in another case it is a word ("Let").</summary>
    private static bool IsMixedCaseShort(string form) =>
        form.Count(char.IsLetter) <= DerivedShortLetters && form.Skip(1).Any(char.IsUpper) && form.Any(char.IsLower);

    private static void AddNamed(string? text, EntityType type, Action<string, EntityType, string, GazetteerForm> add)
    {
        foreach (string[] row in TsvReader.Rows(text ?? string.Empty))
        {
            string name = TsvReader.Column(row, 0);
            add(name, type, name, GazetteerForm.Name);
            foreach (string alias in TsvReader.List(row, 1))
            {
                add(alias, type, name, GazetteerForm.Name);
            }

            foreach (string adjective in TsvReader.List(row, 2))
            {
                add(adjective, type, name, GazetteerForm.Adjective);
            }
        }
    }
}
