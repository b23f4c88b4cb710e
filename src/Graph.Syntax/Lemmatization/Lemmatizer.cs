namespace Graph.Syntax.Lemmatization;

/// <summary>
/// Lemmas from (form, tag): the lemma training gave that form and tag, else the lemma of its lower-case form, else
/// the most frequent suffix rewrite learned for the tag and the word's longest known ending; proper nouns, numbers
/// and symbols keep their form, other words fall back to lower case. Among the rewrites of the word's endings, one
/// that gives a lemma training saw for the same word class wins over a longer ending's: "blamed" ends like
/// "claimed", but "blam" is no verb and "blame" is.
/// </summary>
internal sealed class Lemmatizer
{
    /// <summary>Longest word ending a suffix rule is keyed on.</summary>
    public const int MaxSuffix = 7;

    /// <summary>Separates the two parts of a table key.</summary>
    public const char Separator = '\u0001';

    private const int MaxStackKey = 256;

    private readonly Dictionary<string, string> _exact;
    private readonly Dictionary<string, SuffixRule> _rules;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> _rulesLookup;
    private readonly HashSet<string> _knownLemmas;

    /// <summary>Creates a lemmatizer from its tables.</summary>
    /// <param name="exact">Key <c>form␁xpos</c> (as written and in lower case) to lemma.</param>
    /// <param name="rules">Key <c>xpos␁ending</c> (lower case) to the rewrite for words with that tag and ending.</param>
    public Lemmatizer(Dictionary<string, string> exact, Dictionary<string, SuffixRule> rules)
    {
        _exact = exact;
        _rules = rules;
        _exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _rulesLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _knownLemmas = KnownLemmas(exact);
    }

    /// <summary>The exact table.</summary>
    public IReadOnlyDictionary<string, string> Exact => _exact;

    /// <summary>The suffix rules.</summary>
    public IReadOnlyDictionary<string, SuffixRule> Rules => _rules;

    /// <summary>The key of a (form, tag) pair.</summary>
    public static string Key(string a, string b) => string.Concat(a, Separator.ToString(), b);

    /// <summary>The lemma of a word with its Penn tag and universal tag.</summary>
    public string Lemmatize(string form, string xpos, string upos)
    {
        int length = form.Length + 1 + xpos.Length;
        if (length > MaxStackKey)
        {
            return upos is "PROPN" or "NUM" or "SYM" or "PUNCT" or "X" ? form : form.ToLowerInvariant();
        }

        Span<char> key = stackalloc char[length];
        form.CopyTo(key);
        key[form.Length] = Separator;
        xpos.CopyTo(key[(form.Length + 1)..]);
        if (_exactLookup.TryGetValue(key, out string? lemma))
        {
            return lemma;
        }

        if (upos is "PROPN" or "NUM" or "SYM" or "PUNCT" or "X")
        {
            return form;
        }

        Span<char> lower = key[..form.Length];
        bool changed = false;
        bool anyLower = false;
        for (int i = 0; i < lower.Length; i++)
        {
            char c = char.ToLowerInvariant(lower[i]);
            changed |= c != lower[i];
            anyLower |= char.IsLower(lower[i]);
            lower[i] = c;
        }

        if (changed && _exactLookup.TryGetValue(key, out lemma))
        {
            return lemma;
        }

        if (form.Length > 1 && !anyLower)
        {
            return form; // an acronym
        }

        Span<char> ruleKey = stackalloc char[xpos.Length + 1 + MaxSuffix];
        xpos.CopyTo(ruleKey);
        ruleKey[xpos.Length] = Separator;
        string? first = null;
        for (int n = Math.Min(MaxSuffix, lower.Length); n >= 0; n--)
        {
            lower[^n..].CopyTo(ruleKey[(xpos.Length + 1)..]);
            if (_rulesLookup.TryGetValue(ruleKey[..(xpos.Length + 1 + n)], out SuffixRule rule) && rule.Cut <= lower.Length)
            {
                string candidate = string.Concat(lower[..^rule.Cut], rule.Append);
                if (_knownLemmas.Contains(ClassKey(candidate, xpos)))
                {
                    return candidate;
                }

                first ??= candidate;
            }
        }

        string word = new(lower);
        foreach (string candidate in RegularStems(word))
        {
            if (_knownLemmas.Contains(ClassKey(candidate, xpos)))
            {
                return candidate;
            }
        }

        return first ?? (changed ? word : form);
    }

    /// <summary>The stems regular English inflection allows for a word ("voting" → vot, vote; "stopped" → stop).</summary>
    private static IEnumerable<string> RegularStems(string word)
    {
        foreach (string ending in (string[])["ing", "ed", "es", "s"])
        {
            if (word.Length <= ending.Length + 1 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            string stem = word[..^ending.Length];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }

            if (stem.EndsWith('i'))
            {
                yield return stem[..^1] + "y";
            }
        }
    }

    /// <summary>Every lemma of the exact table with the class of its tag: "blame␁VB".</summary>
    private static HashSet<string> KnownLemmas(Dictionary<string, string> exact)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string key, string lemma) in exact)
        {
            known.Add(ClassKey(lemma.ToLowerInvariant(), key[(key.LastIndexOf(Separator) + 1)..]));
        }

        return known;
    }

    /// <summary>A lemma with its word class, the first two letters of its Penn tag (VB, NN, JJ, RB, ...).</summary>
    private static string ClassKey(string lemma, string xpos) => string.Concat(lemma, Separator.ToString(), xpos.AsSpan(0, Math.Min(2, xpos.Length)));
}
