using Graph.Extraction.Resources;

namespace Graph.Extraction.Facts;

/// <summary>The word lists structural facts are read with, from the lexicon's function words.</summary>
/// <param name="Member">Nouns for someone who belongs to a body without holding an office in it ("a member of", "a soldier in").</param>
/// <param name="StateNouns">Common nouns for states, which a body's name makes its members ("NATO countries").</param>
/// <param name="Grouping">Nouns for a body made of states, whose "of" phrase lists them once it is named ("the BRICS group of A and B").</param>
/// <param name="PartyRole">Nouns for someone who stands or sits for a party ("a Civic Union lawmaker").</param>
/// <param name="Leading">Verbs whose subject leads the body they take ("X heads Y").</param>
/// <param name="Composing">Verbs whose object or "of" phrase lists a body's members ("includes", "made up of").</param>
/// <param name="Becoming">Verbs that make their subject what their complement says ("became a member of Y").</param>
/// <param name="Settlement">Nouns for a place whose "of" phrase names it ("the town of X").</param>
/// <param name="StateForm">Words for a state in its formal name after its adjective ("the Argentine Republic").</param>
/// <param name="Belonging">Verbs that say their subject belongs to the body their phrase names, each with the prepositions that mark it.</param>
internal sealed record StructureWords(
    IReadOnlySet<string> Member,
    IReadOnlySet<string> StateNouns,
    IReadOnlySet<string> Grouping,
    IReadOnlySet<string> PartyRole,
    IReadOnlySet<string> Leading,
    IReadOnlySet<string> Composing,
    IReadOnlySet<string> Becoming,
    IReadOnlySet<string> Settlement,
    IReadOnlySet<string> StateForm,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Belonging)
{
    public static StructureWords From(Lexicon lexicon) => new(
        lexicon.FunctionWords("member"),
        lexicon.FunctionWords("state-noun"),
        lexicon.FunctionWords("grouping"),
        lexicon.FunctionWords("party-role"),
        lexicon.FunctionWords("leading"),
        lexicon.FunctionWords("composing"),
        lexicon.FunctionWords("becoming"),
        lexicon.FunctionWords("settlement"),
        lexicon.FunctionWords("state-form"),
        ByVerb(lexicon.FunctionWords("belonging")));

    // "serve_in" is the verb "serve" with its preposition "in".
    private static Dictionary<string, IReadOnlySet<string>> ByVerb(IReadOnlySet<string> entries) =>
        entries.Select(e => e.Split('_', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(p => p[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
