namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Derives the officeholders file from the Phoenix country dictionary: every person it codes with a branch of a state
/// (government, military, legislature, judiciary, police, intelligence), with the dates the code holds. A person's
/// names are the record's full names that name a person, never a role phrase ("President X") or a body's name.
/// </summary>
public static class OfficeholderDerivation
{
    /// <summary>CAMEO sectors of the state: a person coded with one held a public office of that state.</summary>
    private static readonly string[] StateSectors = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY"];

    /// <summary>Words that open a form naming a person by title or courtesy ("Senator X", "Mr. X"), not by name.</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madame", "senator", "sen", "rep", "chancellor", "kanzler",
        "prime", "vice", "king", "queen", "prince", "princess", "crown", "sheikh", "sheik", "emir", "sultan", "gen", "col",
        "lt", "adm", "gov", "governor", "mayor", "judge", "justice", "premier", "former", "new", "acting", "foreign",
    };

    /// <summary>The rows, sorted by name, then start date, country and origin.</summary>
    /// <param name="countries">Text of <see cref="ActorDerivation.CountriesFile"/>.</param>
    /// <param name="usage">How English text writes words.</param>
    public static IReadOnlyList<DerivedOfficeholder> Run(string countries, WordUsage usage)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(usage);
        IReadOnlyList<PhoenixActor> actors = PhoenixActorDictionary.Read(countries);
        var caser = new ActorNameCase(usage);
        var judge = new ActorForm(usage, ActorPeople.From(actors, caser, usage));

        // A country's record carries its bare code ("IND"); the first record that gives a code names the country, one that
        // gives it for good before one that gives it for a time ("RUSSIAN_FEDERATION [RUS]", not "RUSSIAN_SFSR [RUS 1991-1993]").
        var countryOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (bool dated in new[] { false, true })
        {
            foreach (PhoenixActor actor in actors)
            {
                foreach (PhoenixRole role in actor.Roles.Where(r => r.Code.Length == 3 && r.Code.All(char.IsAsciiLetterUpper) && (r.From is not null || r.To is not null) == dated))
                {
                    countryOf.TryAdd(role.Code, caser.Write(actor.Primary, out _));
                }
            }
        }

        var rows = new List<DerivedOfficeholder>();
        foreach (PhoenixActor actor in actors)
        {
            var offices = actor.Roles
                .Where(r => r.Code.Length > 3 && countryOf.ContainsKey(r.Code[..3]) && StateSectors.Any(s => r.Code[3..].StartsWith(s, StringComparison.Ordinal)))
                .ToList();
            if (offices.Count == 0)
            {
                continue;
            }

            var names = actor.Synonyms.Prepend(actor.Primary)
                .Select(p => caser.Write(p, out _))
                .Where(form => IsPersonName(form, judge))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (names.Count == 0)
            {
                continue;
            }

            foreach (PhoenixRole office in offices)
            {
                rows.Add(new DerivedOfficeholder(
                    names[0], names.Skip(1).ToList(), countryOf[office.Code[..3]], office.Code[3..6], office.From, office.To,
                    $"{ActorDerivation.CountriesFile}:{actor.Line}"));
            }
        }

        return [.. rows
            .DistinctBy(r => (r.Name, r.Country, r.Sector, r.From, r.To))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.From)
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ThenBy(r => r.Sector, StringComparer.Ordinal)
            .ThenBy(r => r.To)];
    }

    /// <summary>Two words or more that name a person: no title or courtesy before the name, no role phrase, no body, no place, no run of ordinary words.</summary>
    private static bool IsPersonName(string form, ActorForm judge) =>
        form.Contains(' ', StringComparison.Ordinal) && !ActorForm.HasHeadWord(form)
        && !form.ToLowerInvariant().Split(' ').Any(w => ActorWords.Roles.Contains(w.TrimEnd('.')) || w.EndsWith("-elect", StringComparison.Ordinal))
        && !TitleWords.Contains(form[..form.IndexOf(' ', StringComparison.Ordinal)].TrimEnd('.').ToLowerInvariant())
        && judge.Reject(form) is null or "person";
}
