using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>
/// The merges resolution makes on its own, all between people, all cautious (a wrong merge costs more than a missed
/// one, which <c>graph entities duplicates</c> still lists):
/// <list type="bullet">
/// <item>full names that differ only by middle names or initials, a suffix or punctuation ("Amara N. Okafor, Jr." and
/// "Amara Okafor") join the one mentioned most (ties: the ordinally smaller id), unless two of them disagree on a middle
/// name; different given names never merge;</item>
/// <item>a one-word name ("Okafor") joins the one full name ending with it that shares a titled alias with it
/// ("President Okafor", see <see cref="PersonTitles"/>), when no other full name with that surname shares one.</item>
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
        foreach (var group in people.Where(p => !p.Name.IsOneWord).GroupBy(p => (p.Name.Given, p.Name.Surname)))
        {
            var members = group.ToList();
            if (members.Count < 2 || !members.All(a => members.All(b => a.Name.SameButMiddles(b.Name))))
            {
                continue;
            }

            var keep = members.OrderByDescending(m => m.Entity.Mentions).ThenBy(m => m.Entity.Id, StringComparer.Ordinal).First();
            foreach (var member in members.Where(m => m.Entity.Id != keep.Entity.Id))
            {
                merges.Add(new AutomaticMerge(member.Entity.Id, keep.Entity.Id, $"same name but middle names: \"{member.Entity.Name}\" = \"{keep.Entity.Name}\""));
                groupOf[member.Entity.Id] = keep.Entity.Id;
            }
        }

        var fullBySurname = people.Where(p => !p.Name.IsOneWord).ToLookup(p => p.Name.Surname, StringComparer.Ordinal);
        foreach (var (single, name) in people.Where(p => p.Name.IsOneWord))
        {
            var titled = TitledAliases(single, name.Surname);
            var sharing = fullBySurname[name.Surname]
                .Select(full => (full.Entity, Shared: titled.Where(full.Entity.Aliases.Select(AliasKey.Fold).Contains).Order(StringComparer.Ordinal).FirstOrDefault()))
                .Where(c => c.Shared is not null)
                .ToList();

            // Variants of one full name already merged above count once: the person they are is the one candidate.
            var targets = sharing.Select(c => groupOf.GetValueOrDefault(c.Entity.Id, c.Entity.Id)).Distinct(StringComparer.Ordinal).ToList();
            if (targets.Count == 1)
            {
                string shared = sharing.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).First().Shared!;
                string display = single.Aliases.Concat(sharing.SelectMany(c => c.Entity.Aliases)).FirstOrDefault(a => AliasKey.Fold(a) == shared) ?? shared;
                merges.Add(new AutomaticMerge(single.Id, targets[0], $"surname+title: \"{display}\""));
            }
        }

        return merges.OrderBy(m => m.OtherId, StringComparer.Ordinal).ToList();
    }

    // The folded aliases of a one-word person that are a title then its name.
    private static HashSet<string> TitledAliases(ResolutionEntity single, string surname) =>
        single.Aliases.Select(AliasKey.Fold).Where(a => PersonTitles.IsTitled(a, surname)).ToHashSet(StringComparer.Ordinal);
}
