using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>A canonical entity with every raw id merged into it, their names and aliases, and their mentions.</summary>
/// <param name="Id">Canonical id.</param>
/// <param name="Type">Type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Members">The canonical id and every id merged into it.</param>
/// <param name="Names">Names and aliases of every member (as stored, before ambiguous ones are dropped).</param>
/// <param name="Mentions">Mentions of every member.</param>
public sealed record ResolutionGroup(string Id, EntityType Type, string Name, IReadOnlyList<string> Members, IReadOnlyList<string> Names, int Mentions)
{
    /// <summary>The groups of <paramref name="entities"/> under <paramref name="merges"/> (merged-away id → canonical id), ordered by id.</summary>
    public static IReadOnlyList<ResolutionGroup> Of(IReadOnlyList<ResolutionEntity> entities, IReadOnlyDictionary<string, string> merges)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(merges);
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return entities.GroupBy(e => merges.GetValueOrDefault(e.Id, e.Id), StringComparer.Ordinal)
            .Where(g => byId.ContainsKey(g.Key))
            .Select(g =>
            {
                var canonical = byId[g.Key];
                var members = g.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
                var names = g.SelectMany(e => e.Aliases.Append(e.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new ResolutionGroup(canonical.Id, canonical.Type, canonical.Name, members, names, g.Sum(e => e.Mentions));
            })
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
    }
}
