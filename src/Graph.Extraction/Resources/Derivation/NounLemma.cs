namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// The singular lemma of an English noun as the dictionary writes it (<c>SANCTIONS</c> → <c>sanction</c>,
/// <c>TIES</c> → <c>tie</c>, <c>RALLIES</c> → <c>rally</c>), by the regular plural rules and a short list of
/// irregular and plural-only nouns.
/// </summary>
internal static class NounLemma
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["analyses"] = "analysis", ["bases"] = "base", ["children"] = "child", ["crises"] = "crisis", ["heroes"] = "hero",
        ["knives"] = "knife", ["lives"] = "life", ["men"] = "man", ["people"] = "people", ["servicemen"] = "serviceman",
        ["infantrymen"] = "infantryman", ["theses"] = "thesis", ["vetoes"] = "veto", ["women"] = "woman",
    };

    // Nouns that end like plurals but are singular or have no singular.
    private static readonly HashSet<string> Invariant = new(StringComparer.Ordinal)
    {
        "economics", "ethics", "headquarters", "logistics", "means", "news", "physics", "politics", "series", "species", "whereabouts",
    };

    /// <summary>The singular of <paramref name="word"/>, lower case.</summary>
    public static string Singular(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        string w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out string? singular))
        {
            return singular;
        }

        if (Invariant.Contains(w) || w.Length < 4 || !w.EndsWith('s')
            || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal)
            || w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("gas", StringComparison.Ordinal) || w.EndsWith("ias", StringComparison.Ordinal))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            // "rallies" → "rally", but "ties" → "tie".
            return w.Length > 4 ? w[..^3] + "y" : w[..^1];
        }

        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("zzes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w[..^1];
    }
}
