using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>
/// Which titles name an office inside a political party: "party chairman X" holds a position in the party, while
/// "Republican Senator X" or "Labour MP X" holds a public office and is the party's member.
/// </summary>
internal static class PartyOffices
{
    private static readonly HashSet<string> Inside = new(StringComparer.OrdinalIgnoreCase)
    {
        "Chairman", "Secretary-General", "Spokesman", "Founder", "Director", "Executive Director", "Chief Executive", "Treasurer", "Secretary",
    };

    /// <summary>True when <paramref name="title"/> (the gazetteer's canonical title) is an office held in the party itself.</summary>
    public static bool IsHeldInTheParty(string? title) => title is not null && Inside.Contains(title);

    /// <summary>
    /// What a leader's, head's or chief's title says of its holder: a group's or a party's leads it; a country's, an
    /// agency's or an international body's holds the post there.
    /// </summary>
    public static Predicate LeaderPredicate(EntityType holder, bool party) =>
        holder == EntityType.Group || (holder == EntityType.Organization && party) ? Predicate.Leads : Predicate.HoldsPosition;
}
