namespace Graph.Extraction.Resources.Derivation;

/// <summary>One record of a Phoenix actor dictionary: its primary phrase, its synonyms and its codes.</summary>
/// <param name="Primary">The primary phrase as written ("NORTH_ATLANTIC_TREATY_ORGANIZATION_").</param>
/// <param name="Synonyms">The <c>+</c> phrases, in order.</param>
/// <param name="Roles">The codes, inline and on date-restriction lines, in order.</param>
/// <param name="Line">The 1-based line of the primary phrase.</param>
public sealed record PhoenixActor(string Primary, IReadOnlyList<string> Synonyms, IReadOnlyList<PhoenixRole> Roles, int Line);
