using Graph.Syntax.Lemmatization;

namespace Graph.Syntax.Training;

/// <summary>Learns the lemmatizer's tables from a treebank's (form, tag, lemma) triples.</summary>
internal static class LemmatizerTrainer
{
    /// <summary>Builds the exact table and the per-tag suffix rules.</summary>
    public static Lemmatizer Train(IReadOnlyList<ConlluSentence> sentences)
    {
        var exactCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var types = new SortedSet<(string Xpos, string Form, string Lemma)>();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                if (word.Lemma == "_")
                {
                    continue;
                }

                Count(exactCounts, Lemmatizer.Key(word.Form, word.Xpos), word.Lemma);
                string lower = word.Form.ToLowerInvariant();
                if (lower != word.Form && word.Upos != "PROPN")
                {
                    Count(exactCounts, Lemmatizer.Key(lower, word.Xpos), word.Lemma);
                }

                if (word.Upos is not ("PROPN" or "NUM" or "SYM" or "PUNCT" or "X"))
                {
                    types.Add((word.Xpos, lower, word.Lemma.ToLowerInvariant()));
                }
            }
        }

        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, lemmas) in exactCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            exact[key] = Best(lemmas);
        }

        return new Lemmatizer(exact, LearnRules(types));
    }

    private static Dictionary<string, SuffixRule> LearnRules(SortedSet<(string Xpos, string Form, string Lemma)> types)
    {
        // For each tag and word ending, how often each rewrite turned such a word into its lemma.
        var counts = new Dictionary<string, Dictionary<SuffixRule, int>>(StringComparer.Ordinal);
        foreach (var (xpos, form, lemma) in types)
        {
            var rule = SuffixRule.Between(form, lemma);
            for (int length = rule.Cut; length <= Math.Min(Lemmatizer.MaxSuffix, form.Length); length++)
            {
                string key = Lemmatizer.Key(xpos, form[^length..]);
                if (!counts.TryGetValue(key, out var perRule))
                {
                    counts[key] = perRule = [];
                }

                perRule[rule] = perRule.GetValueOrDefault(rule) + 1;
            }
        }

        var best = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        foreach (var (key, perRule) in counts)
        {
            best[key] = perRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Cut).ThenBy(p => p.Key.Append, StringComparer.Ordinal).First().Key;
        }

        // An ending whose rule is the same as that of the ending one character shorter adds nothing: drop it.
        var rules = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        foreach (var (key, rule) in best.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int split = key.IndexOf('\u0001', StringComparison.Ordinal);
            string ending = key[(split + 1)..];
            if (ending.Length > 0 && best.TryGetValue(key[..(split + 1)] + ending[1..], out var shorter) && shorter == rule)
            {
                continue;
            }

            rules[key] = rule;
        }

        return rules;
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> counts, string key, string lemma)
    {
        if (!counts.TryGetValue(key, out var perLemma))
        {
            counts[key] = perLemma = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        perLemma[lemma] = perLemma.GetValueOrDefault(lemma) + 1;
    }

    private static string Best(Dictionary<string, int> lemmas) =>
        lemmas.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
