using Graph.Extraction.Resources;

namespace Graph.Extraction.Events;

/// <summary>The word lists that decide a fact's status, from the lexicon's function words.</summary>
internal sealed record StatusWords(
    IReadOnlySet<string> Negation,
    IReadOnlySet<string> Possibility,
    IReadOnlySet<string> Condition,
    IReadOnlySet<string> Allegation,
    IReadOnlySet<string> Denial,
    IReadOnlySet<string> Refusal,
    IReadOnlySet<string> Intention,
    IReadOnlySet<string> Saying,
    IReadOnlySet<string> Commitment,
    IReadOnlySet<string> Performative,
    IReadOnlySet<string> Wishing)
{
    public static StatusWords From(Lexicon lexicon) => new(
        lexicon.FunctionWords("negation"),
        lexicon.FunctionWords("possibility"),
        lexicon.FunctionWords("conditional"),
        lexicon.FunctionWords("alleging"),
        lexicon.FunctionWords("denying"),
        lexicon.FunctionWords("refusal"),
        lexicon.FunctionWords("intending"),
        lexicon.FunctionWords("saying"),
        lexicon.FunctionWords("commitment"),
        lexicon.FunctionWords("performative"),
        lexicon.FunctionWords("wishing"));
}
