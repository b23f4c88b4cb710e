namespace Graph.Extraction.Coreference;

/// <summary>Maps short person names ("Blinken", "al-Kadhimi", "Abdullah") to the full name seen in the article.</summary>
internal sealed class PersonNames
{
    private readonly List<string> _fullNames;

    public PersonNames(IEnumerable<string> names)
    {
        _fullNames = [.. names.Where(n => n.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
    }

    public string Canonical(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            // Two full names that share a surname are two people; a two-word surname ("López Obrador", "von der
            // Leyen") ends the one full name it shortens.
            var longer = _fullNames.Where(f => f.Length > name.Length && f.EndsWith(" " + name, StringComparison.Ordinal)).ToList();
            return longer.Count == 1 ? longer[0] : name;
        }

        string last = LastPart(name);
        foreach (string full in _fullNames)
        {
            if (full.EndsWith(" " + name, StringComparison.Ordinal) || string.Equals(LastPart(full), last, StringComparison.Ordinal))
            {
                return full;
            }
        }

        // "Kim" for "Kim Jong Un": a family name written first, when only one full name begins with it.
        var byFirst = _fullNames.Where(f => f.StartsWith(name + " ", StringComparison.Ordinal)).ToList();
        return byFirst.Count == 1 ? byFirst[0] : name;
    }

    // "al-Kadhimi" and "Kadhimi" name the same family.
    private static string LastPart(string name)
    {
        string last = name[(name.LastIndexOf(' ') + 1)..];
        int hyphen = last.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen <= 3 && char.IsLower(last[0]) ? last[(hyphen + 1)..] : last;
    }
}
