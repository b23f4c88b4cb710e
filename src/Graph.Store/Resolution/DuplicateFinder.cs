using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>
/// Canonical entities that may be one and are not merged (nor split by the user): for a user to decide, never merged
/// on their own. Three signs: the same type and the same name once titles, a leading "the", middle names or initials
/// and suffixes are dropped ("President Amara Okafor", "Amara B. Okafor"); a one-word person whose name is the surname
/// of full names; two entities of one type sharing an alias that holds a word of one of their names ("Dr. Okafor", not
/// "the premier"; readers drop such an alias as ambiguous).
/// </summary>
public static class DuplicateFinder
{
    // An alias that many entities share ("the minister") says nothing about any two of them.
    private const int MaxSharing = 4;

    /// <summary>The candidates among <paramref name="groups"/>, most mentioned first, then by ids.</summary>
    /// <param name="groups">The canonical entities.</param>
    /// <param name="keptApart">True for two raw ids the user split.</param>
    public static IReadOnlyList<DuplicateCandidate> Find(IReadOnlyList<ResolutionGroup> groups, Func<string, string, bool> keptApart)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(keptApart);
        // Per pair (ids in ordinal order): which to keep (the first sign found decides) and every sign, in order found.
        var pairs = new Dictionary<(string, string), (string Keep, string Other, List<string> Reasons)>();

        void Add(ResolutionGroup keep, ResolutionGroup other, string reason)
        {
            if (keep.Members.Any(a => other.Members.Any(b => keptApart(a, b))))
            {
                return;
            }

            var key = string.CompareOrdinal(keep.Id, other.Id) < 0 ? (keep.Id, other.Id) : (other.Id, keep.Id);
            if (!pairs.TryGetValue(key, out var pair))
            {
                pairs[key] = pair = (keep.Id, other.Id, []);
            }

            if (!pair.Reasons.Contains(reason, StringComparer.Ordinal))
            {
                pair.Reasons.Add(reason);
            }
        }

        foreach (var same in groups.GroupBy(g => (g.Type, Key: LooseKey(g))).Where(s => s.Key.Key.Length > 0 && s.Count() > 1))
        {
            var ordered = same.OrderByDescending(g => g.Mentions).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
            foreach (var other in ordered.Skip(1))
            {
                Add(ordered[0], other, $"same name without titles or middle names: \"{ordered[0].Name}\" ~ \"{other.Name}\"");
            }
        }

        var people = groups.Where(g => g.Type == EntityType.Person).Select(g => (Group: g, Name: PersonName.Parse(g.Name))).Where(p => p.Name is not null).ToList();
        var fullBySurname = people.Where(p => !p.Name!.IsOneWord).ToLookup(p => p.Name!.Surname, StringComparer.Ordinal);
        foreach (var (single, name) in people.Where(p => p.Name!.IsOneWord))
        {
            var full = fullBySurname[name!.Surname].Select(p => p.Group).ToList();
            string reason = full.Count == 1
                ? $"\"{single.Name}\" is the surname of \"{full[0].Name}\""
                : $"\"{single.Name}\" is the surname of {full.Count} full names";
            foreach (var candidate in full)
            {
                Add(candidate, single, reason);
            }
        }

        foreach (var byType in groups.GroupBy(g => g.Type))
        {
            var holders = new Dictionary<string, List<ResolutionGroup>>(StringComparer.Ordinal);
            var display = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in byType)
            {
                foreach (string alias in group.Names)
                {
                    string key = AliasKey.Fold(alias);
                    display.TryAdd(key, alias);
                    if (!holders.TryGetValue(key, out var list))
                    {
                        holders[key] = list = [];
                    }

                    if (!list.Contains(group))
                    {
                        list.Add(group);
                    }
                }
            }

            foreach (var (key, list) in holders.Where(h => h.Value.Count is > 1 and <= MaxSharing).OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                if (!Names(key, list))
                {
                    continue;
                }

                var ordered = list.OrderByDescending(g => g.Mentions).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
                for (int i = 0; i < ordered.Count; i++)
                {
                    for (int j = i + 1; j < ordered.Count; j++)
                    {
                        Add(ordered[i], ordered[j], $"shared alias \"{display[key]}\"");
                    }
                }
            }
        }

        var mentions = groups.ToDictionary(g => g.Id, g => g.Mentions, StringComparer.Ordinal);
        return pairs.Values
            .Select(p => new DuplicateCandidate(p.Keep, p.Other, mentions[p.Keep] + mentions[p.Other], string.Join("; ", p.Reasons)))
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.KeepId, StringComparer.Ordinal).ThenBy(c => c.OtherId, StringComparer.Ordinal)
            .ToList();
    }

    // An alias says two entities may be one only when it names them ("Dr. Okafor" for two Okafors), not when it
    // describes a role ("the premier", "the Secretary of State"), which extraction may give two people.
    private static bool Names(string folded, List<ResolutionGroup> holders)
    {
        if (folded.StartsWith("the ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = Words(folded);
        return holders.Any(g => Words(AliasKey.Fold(g.Name)).Any(w => w.Length > 2 && !PersonTitles.IsTitleWord(w) && words.Contains(w)));
    }

    private static HashSet<string> Words(string folded) =>
        folded.Split([' ', ',', '.', ';', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    // The name without a leading "the" or title, and for a person without middle names, initials and suffix.
    private static string LooseKey(ResolutionGroup group)
    {
        var words = AliasKey.Fold(group.Name).Split([' ', ',', ';', '"'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (words[0] == "the" || (group.Type == EntityType.Person && PersonTitles.IsTitleWord(words[0]))))
        {
            words.RemoveAt(0);
        }

        if (group.Type == EntityType.Person && PersonName.Parse(string.Join(' ', words)) is { IsOneWord: false } name)
        {
            return name.Given + " " + name.Surname;
        }

        return StableId.Slug(string.Join(' ', words));
    }
}
