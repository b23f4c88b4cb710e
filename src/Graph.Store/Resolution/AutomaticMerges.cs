using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>
/// The merges resolution makes on its own, all between people, all cautious (a wrong merge costs more than a missed
/// one, which <c>graph entities duplicates</c> still lists):
/// <list type="bullet">
/// <item>full names that differ only by middle names or initials, a suffix, punctuation or a given name written in full
/// or familiarly ("Amara N. Okafor, Jr." and "Amara Okafor", "Joe" and "Joseph": <see cref="GivenNames"/>) join the
/// one mentioned most (ties: the ordinally smaller id), unless two of them disagree on a middle name; a variant that
/// disagrees with one mentioned <see cref="DominantShare"/> times more is left apart first; different given names never
/// merge;</item>
/// <item>a two-word name and the same two words in the other order ("Sato Haruki", "Haruki Sato") join the one mentioned
/// most;</item>
/// <item>a one-word name ("Okafor") joins the one full name ending with it (or, of two or three words, starting with it:
/// "Xi" and "Xi Jinping") that shares a titled alias with it
/// ("President Okafor", see <see cref="PersonTitles"/>) or, when none does, that has the same title before its full
/// name ("President Amara Okafor"); when several do, it joins the one mentioned <see cref="DominantShare"/> times more
/// than any other, or none.</item>
/// </list>
/// A name starting with a word that names a role ("Counsel", "Trustee Emeritus") takes part in neither.
/// The same entities always give the same merges, in the same order.
/// </summary>
public static class AutomaticMerges
{
    /// <summary>The merges among <paramref name="entities"/>, ordered by the id merged away.</summary>
    public static IReadOnlyList<AutomaticMerge> Find(IEnumerable<ResolutionEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        // A name whose first word is a role ("Counsel", "Trustee Emeritus", "Secretaries Raimondo") is an extraction
        // slip, not a person to merge with.
        var people = entities.Where(e => e.Type == EntityType.Person)
            .Select(e => (Entity: e, Name: PersonName.Parse(e.Name)))
            .Where(p => p.Name is not null && !PersonTitles.IsRoleWord(p.Name.Given))
            .Select(p => (p.Entity, Name: p.Name!))
            .OrderBy(p => p.Entity.Id, StringComparer.Ordinal)
            .ToList();

        var merges = new List<AutomaticMerge>();
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var members in SameNameGroups(people.Where(p => !p.Name.IsOneWord)))
        {
            var keep = members.OrderByDescending(m => m.Entity.Mentions).ThenBy(m => m.Entity.Id, StringComparer.Ordinal).First();
            foreach (var member in members.Where(m => m.Entity.Id != keep.Entity.Id))
            {
                string why = member.Name.Given == keep.Name.Given ? "same name but middle names" : "same name, given name in full and familiar";
                merges.Add(new AutomaticMerge(member.Entity.Id, keep.Entity.Id, $"{why}: \"{member.Entity.Name}\" = \"{keep.Entity.Name}\""));
                groupOf[member.Entity.Id] = keep.Entity.Id;
            }
        }

        // "Okafor Amara" and "Amara Okafor": a two-word name written family name first, as East Asian names often are.
        var twoWord = people.Where(p => p.Name.Words.Count == 2 && !groupOf.ContainsKey(p.Entity.Id))
            .ToLookup(p => (p.Name.Given, p.Name.Surname));
        foreach (var person in people.Where(p => p.Name.Words.Count == 2 && !groupOf.ContainsKey(p.Entity.Id)))
        {
            var reversed = twoWord[(person.Name.Surname, person.Name.Given)]
                .Where(r => r.Entity.Id != person.Entity.Id && !groupOf.ContainsKey(r.Entity.Id)).ToList();
            if (reversed.Count == 1 && person.Name.Given != person.Name.Surname && Outranks(reversed[0].Entity, person.Entity))
            {
                merges.Add(new AutomaticMerge(person.Entity.Id, reversed[0].Entity.Id,
                    $"same name in the other order: \"{person.Entity.Name}\" = \"{reversed[0].Entity.Name}\""));
                groupOf[person.Entity.Id] = reversed[0].Entity.Id;
            }
        }

        // A one-word name may be a family name written first ("Xi" of "Xi Jinping"): full names of two or three words are
        // found by their first word too.
        var fullNames = people.Where(p => !p.Name.IsOneWord).ToList();
        var fullByName = fullNames.Select(p => (Key: p.Name.Surname, Person: p))
            .Concat(fullNames.Where(p => p.Name.Words.Count <= 3 && p.Name.Given != p.Name.Surname).Select(p => (Key: p.Name.Given, Person: p)))
            .ToLookup(k => k.Key, k => k.Person, StringComparer.Ordinal);
        var groupMentions = people.GroupBy(p => groupOf.GetValueOrDefault(p.Entity.Id, p.Entity.Id), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Entity.Mentions), StringComparer.Ordinal);
        foreach (var (single, name) in people.Where(p => p.Name.IsOneWord))
        {
            var titled = TitledAliases(single, name.Surname);
            var sharing = fullByName[name.Surname]
                .Select(full => (full.Entity, Shared: titled.Where(full.Entity.Aliases.Select(AliasKey.Fold).Contains).Order(StringComparer.Ordinal).FirstOrDefault()))
                .Where(c => c.Shared is not null)
                .ToList();
            string reason;
            if (sharing.Count > 0)
            {
                string shared = sharing.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).First().Shared!;
                reason = $"surname+title: \"{single.Aliases.Concat(sharing.SelectMany(c => c.Entity.Aliases)).FirstOrDefault(a => AliasKey.Fold(a) == shared) ?? shared}\"";
            }
            else
            {
                // "President Okafor" here, "President Amara Okafor" there, or "Kenya's President Okafor" and "President Amara
                // Okafor": the same office before the full name (a courtesy title, "Mr.", says nothing of whom).
                var titles = titled.Select(a => PersonTitles.OfficeBefore(a, name.Surname)).OfType<string>().ToHashSet(StringComparer.Ordinal);
                sharing = fullByName[name.Surname]
                    .Select(full => (full.Entity, Shared: full.Entity.Aliases.Select(AliasKey.Fold)
                        .Where(a => PersonTitles.OfficeBefore(a, string.Join(' ', full.Name.Words)) is { } office && titles.Contains(office))
                        .Order(StringComparer.Ordinal).FirstOrDefault()))
                    .Where(c => c.Shared is not null)
                    .ToList();
                reason = sharing.Count == 0 ? string.Empty
                    : $"surname+title of the full name: \"{sharing.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).First().Shared}\"";
            }

            // Variants of one full name already merged above count once: the person they are is the one candidate.
            var targets = sharing.GroupBy(c => groupOf.GetValueOrDefault(c.Entity.Id, c.Entity.Id), StringComparer.Ordinal)
                .Select(g => (Id: g.Key, Mentions: groupMentions[g.Key]))
                .OrderByDescending(t => t.Mentions).ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToList();

            // Several people hold the title with that surname ("President Okafor" for a president and, by an article's
            // slip, a relative): the one mentioned far more than the rest is the one meant.
            if (targets.Count == 1 || (targets.Count > 1 && targets[0].Mentions >= DominantShare * targets[1].Mentions))
            {
                merges.Add(new AutomaticMerge(single.Id, targets[0].Id, targets.Count == 1 ? reason : $"{reason}, far the most mentioned of {targets.Count}"));
            }
        }

        return merges.OrderBy(m => m.OtherId, StringComparer.Ordinal).ToList();
    }

    /// <summary>How many times more mentions the first of several people sharing a titled surname needs to be the one meant.</summary>
    public const int DominantShare = 4;

    // Full names of one person: every two alike (<see cref="PersonName.SameButMiddles"/>), all with one surname.
    private static IEnumerable<List<(ResolutionEntity Entity, PersonName Name)>> SameNameGroups(IEnumerable<(ResolutionEntity Entity, PersonName Name)> full)
    {
        foreach (var bySurname in full.GroupBy(p => p.Name.Surname, StringComparer.Ordinal))
        {
            var left = bySurname.ToList();
            while (left.Count > 0)
            {
                // The connected names of the first left; merged only when each is alike with each ("Amara Okafor" between
                // "Amara N. Okafor" and "Amara B. Okafor" could be either).
                var group = new List<(ResolutionEntity Entity, PersonName Name)> { left[0] };
                left.RemoveAt(0);
                for (int i = 0; i < group.Count; i++)
                {
                    var linked = left.Where(p => p.Name.SameButMiddles(group[i].Name)).ToList();
                    group.AddRange(linked);
                    left.RemoveAll(linked.Contains);
                }

                // A variant that disagrees with a name mentioned DominantShare times more is that name's slip or a
                // namesake seldom met ("Joseph B. Biden" once beside "Joseph R. Biden" thousands of times): it stays
                // apart, and the rest may still be one person.
                group.RemoveAll(m => group.Any(o => !o.Name.SameButMiddles(m.Name) && o.Entity.Mentions >= DominantShare * m.Entity.Mentions));
                if (group.Count > 1 && group.All(a => group.All(b => a.Entity.Id == b.Entity.Id || a.Name.SameButMiddles(b.Name))))
                {
                    yield return group;
                }
            }
        }
    }

    // The one kept of two names of one person: more mentions, then the ordinally smaller id.
    private static bool Outranks(ResolutionEntity a, ResolutionEntity b) =>
        a.Mentions > b.Mentions || (a.Mentions == b.Mentions && StringComparer.Ordinal.Compare(a.Id, b.Id) < 0);

    // The folded aliases of a one-word person that are a title then its name.
    private static HashSet<string> TitledAliases(ResolutionEntity single, string surname) =>
        single.Aliases.Select(AliasKey.Fold).Where(a => PersonTitles.IsTitled(a, surname)).ToHashSet(StringComparer.Ordinal);
}
