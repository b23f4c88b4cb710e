namespace Graph.Syntax.Lemmatization;

/// <summary>
/// Lemmas from (form, tag): the lemma training gave that form and tag, else the lemma of its lower-case form, else
/// the most frequent suffix rewrite learned for the tag and the word's longest known ending; proper nouns, numbers
/// and symbols keep their form, other words fall back to lower case.
/// </summary>
internal sealed class Lemmatizer
{
    /// <summary>Longest word ending a suffix rule is keyed on.</summary>
    public const int MaxSuffix = 7;

    private readonly Dictionary<string, string> _exact;
    private readonly Dictionary<string, SuffixRule> _rules;

    /// <summary>Creates a lemmatizer from its tables.</summary>
    /// <param name="exact">Key <c>form␁xpos</c> (as written and in lower case) to lemma.</param>
    /// <param name="rules">Key <c>xpos␁ending</c> (lower case) to the rewrite for words with that tag and ending.</param>
    public Lemmatizer(Dictionary<string, string> exact, Dictionary<string, SuffixRule> rules)
    {
        _exact = exact;
        _rules = rules;
    }

    /// <summary>The exact table.</summary>
    public IReadOnlyDictionary<string, string> Exact => _exact;

    /// <summary>The suffix rules.</summary>
    public IReadOnlyDictionary<string, SuffixRule> Rules => _rules;

    /// <summary>The key of a (form, tag) pair.</summary>
    public static string Key(string a, string b) => string.Concat(a, "\u0001", b);

    /// <summary>The lemma of a word with its Penn tag and universal tag.</summary>
    public string Lemmatize(string form, string xpos, string upos)
    {
        if (_exact.TryGetValue(Key(form, xpos), out string? lemma))
        {
            return lemma;
        }

        if (upos is "PROPN" or "NUM" or "SYM" or "PUNCT" or "X")
        {
            return form;
        }

        string lower = form.ToLowerInvariant();
        if (!ReferenceEquals(lower, form) && lower != form && _exact.TryGetValue(Key(lower, xpos), out lemma))
        {
            return lemma;
        }

        bool allCapitals = form.Length > 1 && !form.Any(char.IsLower);
        if (allCapitals)
        {
            return form;
        }

        for (int length = Math.Min(MaxSuffix, lower.Length); length >= 0; length--)
        {
            if (_rules.TryGetValue(Key(xpos, lower[^length..]), out SuffixRule rule) && rule.Cut <= lower.Length)
            {
                return string.Concat(lower.AsSpan(0, lower.Length - rule.Cut), rule.Append);
            }
        }

        return lower;
    }
}
