namespace Graph.Store.Resolution;

/// <summary>
/// A person's name read as words, folded (<see cref="AliasKey"/>): the given name, the middle names or initials, and
/// the surname, a generational suffix (Jr., Sr., II, III, IV) and punctuation set aside.
/// </summary>
/// <param name="Words">The words without the suffix, folded, punctuation trimmed from their ends.</param>
internal sealed record PersonName(IReadOnlyList<string> Words)
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>The first word.</summary>
    public string Given => Words[0];

    /// <summary>The last word.</summary>
    public string Surname => Words[^1];

    /// <summary>The words between the given name and the surname.</summary>
    public IEnumerable<string> Middles => Words.Skip(1).Take(Math.Max(0, Words.Count - 2));

    /// <summary>True for a one-word name (usually a surname alone, "Okafor").</summary>
    public bool IsOneWord => Words.Count == 1;

    /// <summary>Reads <paramref name="name"/>; null when it holds no word.</summary>
    public static PersonName? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Split(name).ToList();
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? null : new PersonName(words);
    }

    /// <summary>
    /// True when the two names differ at most by middle names or initials: the same given name (or its familiar form,
    /// "Joe" for "Joseph", <see cref="GivenNames"/>), the same surname, and where
    /// both give a middle name, each pair alike ("N." goes with "Nkem"; "Nkem" and "Bola" do not).
    /// </summary>
    public bool SameButMiddles(PersonName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsOneWord || other.IsOneWord || !GivenNames.Alike(Given, other.Given) || Surname != other.Surname)
        {
            return false;
        }

        var mine = Middles.ToList();
        var theirs = other.Middles.ToList();
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return true;
        }

        return mine.Count == theirs.Count && mine.Zip(theirs).All(pair => Alike(pair.First, pair.Second));
    }

    // Words split on spaces, commas and dots ("Amara N. Okafor, Jr." is amara n okafor jr); hyphens and apostrophes
    // stay inside a word (al-Nouri, O'Neill).
    private static IEnumerable<string> Split(string name) =>
        AliasKey.Fold(name).Split([' ', ',', '.', ';', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-', '\'', '\u2019'))
            .Where(w => w.Length > 0);

    // "n" is the initial of "nkem"; two full words must be equal.
    private static bool Alike(string a, string b) =>
        a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));
}
