using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Derives the project's organization and armed-group gazetteers from the Phoenix actor dictionaries: each record's
/// primary phrase becomes the name and its synonyms the aliases, written as text writes them, without the forms that
/// are no name of a body (see <see cref="ActorForm.Reject"/>). International organizations, NGOs and companies are
/// organizations; armed and non-state groups are groups, but for parties, which are organizations.
/// </summary>
public static class ActorDerivation
{
    /// <summary>File name of the dictionary of international organizations, NGOs and companies.</summary>
    public const string InternationalFile = "Phoenix.International.actors.txt";

    /// <summary>File name of the dictionary of armed and non-state groups.</summary>
    public const string MilNonStateFile = "Phoenix.MilNonState.actors.txt";

    /// <summary>File name of the dictionary of countries and their people.</summary>
    public const string CountriesFile = "Phoenix.Countries.actors.txt";

    /// <summary>The code prefix of intergovernmental bodies, whose members are states.</summary>
    public const string IntergovernmentalCode = "IGO";

    /// <summary>Derives the rows, organizations and groups together, sorted by type then name.</summary>
    /// <param name="international">Text of <see cref="InternationalFile"/>.</param>
    /// <param name="milNonState">Text of <see cref="MilNonStateFile"/>.</param>
    /// <param name="countries">Text of <see cref="CountriesFile"/> (its people's first names only).</param>
    /// <param name="usage">How English text writes words.</param>
    public static (IReadOnlyList<DerivedActor> Rows, ActorDerivationCounts Counts) Run(
        string international, string milNonState, string countries, WordUsage usage)
    {
        ArgumentNullException.ThrowIfNull(international);
        ArgumentNullException.ThrowIfNull(milNonState);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(usage);
        var counts = new ActorDerivationCounts();
        var caser = new ActorNameCase(usage);
        var people = ActorPeople.From(PhoenixActorDictionary.Read(countries), caser, usage);
        counts.GivenNames = people.GivenNames.Count;
        var judge = new ActorForm(usage, people);

        // A form names one entity: the first record that gives it keeps it. Armed groups come first: the international
        // dictionary also lists some of them as NGOs.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<DerivedActor>();
        foreach (var (file, text, type) in new[] { (MilNonStateFile, milNonState, EntityType.Group), (InternationalFile, international, EntityType.Organization) })
        {
            IReadOnlyList<PhoenixActor> actors = PhoenixActorDictionary.Read(text);
            counts.Records[file] = actors.Count;
            foreach (PhoenixActor actor in actors)
            {
                if (Derive(actor, file, type, caser, judge, taken, counts) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return ([.. rows.OrderBy(r => r.Type).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Origin, StringComparer.Ordinal)], counts);
    }

    private static DerivedActor? Derive(
        PhoenixActor actor, string file, EntityType type, ActorNameCase caser, ActorForm judge, HashSet<string> taken, ActorDerivationCounts counts)
    {
        // A role held between dates is an office a person held ("[IGOUNO 530410-610918]"): the record names the person,
        // unless a form names a body ("Warsaw Treaty Organization", dated by the years it existed).
        if (actor.Roles.Any(r => r.From is not null || r.To is not null)
            && !actor.Synonyms.Prepend(actor.Primary).Any(ActorForm.HasHeadWord))
        {
            counts.Reject("person record");
            return null;
        }

        bool intergovernmental = actor.Roles.Any(r => r.Code.StartsWith(IntergovernmentalCode, StringComparison.Ordinal));
        var judged = new List<(string Form, string? Reason)>();
        foreach (string phrase in actor.Synonyms.Prepend(actor.Primary))
        {
            string written = caser.Write(phrase, intergovernmental, out string? acronym);
            foreach (string form in acronym is null ? [written] : new[] { written, acronym })
            {
                judged.Add((form, judge.Reject(form) ?? judge.RejectGroupOfMembers(form, intergovernmental)));
            }
        }

        if (judged.Count > 0 && judged[0].Reason == "person")
        {
            // A record named after a person lists the person's other names: none of them names a body.
            counts.Reject("person record");
            return null;
        }

        // The surname of a person the record lists names that person alone or after a title ("Nasrallah", "Sheik
        // Nasrallah").
        var surnames = judged.Where(j => j.Reason == "person").Select(j => LastWord(j.Form)).ToHashSet(StringComparer.Ordinal);
        var forms = new List<string>();
        foreach (var (form, given) in judged)
        {
            string? reason = given ?? (form.Split(' ').Length <= 2 && surnames.Contains(LastWord(form)) && !ActorForm.HasHeadWord(form) ? "person" : null);
            if (reason is not null)
            {
                counts.Reject(reason);
            }
            else if (!taken.Add(form))
            {
                counts.Reject("given by an earlier record");
            }
            else
            {
                forms.Add(form);
            }
        }

        if (forms.Count == 0)
        {
            return null;
        }

        // A party is an organization wherever the dictionary lists it.
        string name = forms[0];
        EntityType rowType = type == EntityType.Group && name.EndsWith(" Party", StringComparison.Ordinal) ? EntityType.Organization : type;
        return new DerivedActor(name, forms.Skip(1).ToList(), forms.Where(judge.IsExactCase).ToList(), rowType, $"{file}:{actor.Line}");
    }

    private static string LastWord(string form) => form[(form.LastIndexOf(' ') + 1)..].ToLowerInvariant();
}
