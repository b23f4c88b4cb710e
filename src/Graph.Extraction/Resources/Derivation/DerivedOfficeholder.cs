namespace Graph.Extraction.Resources.Derivation;

/// <summary>One row of the derived officeholders file: a person and one public office of a state they held.</summary>
/// <param name="Name">The person's name, as text writes it.</param>
/// <param name="Aliases">The person's other full names, in dictionary order.</param>
/// <param name="Country">The state's name, as the dictionary gives it ("United States of America").</param>
/// <param name="Sector">The branch of the state, a CAMEO sector code ("GOV", "MIL", "LEG").</param>
/// <param name="From">First day of the office, or null when open.</param>
/// <param name="To">Last day of the office, or null when open.</param>
/// <param name="Origin">The dictionary file and line of the record (<c>Phoenix.Countries.actors.txt:51057</c>).</param>
public sealed record DerivedOfficeholder(
    string Name, IReadOnlyList<string> Aliases, string Country, string Sector, DateOnly? From, DateOnly? To, string Origin);
