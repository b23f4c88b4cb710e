using Graph.Extraction.Resources;

namespace Graph.Extraction.Cleanup;

/// <summary>
/// Decides whether a paragraph is article text: paragraphs in another language (by a stop-word count)
/// and publisher boilerplate are skipped.
/// </summary>
public sealed class ParagraphFilter
{
    private const int MinimumForeignStopWords = 3;
    private const int BoilerplateMaxWords = 60;
    private readonly Lexicon _lexicon;

    /// <summary>Creates a filter over the lexicon's stop words and boilerplate phrases.</summary>
    public ParagraphFilter(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>Why <paramref name="paragraph"/> should be skipped, or null to read it.</summary>
    public string? SkipReason(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        List<string> words = Words(paragraph);
        if (words.Count == 0)
        {
            return "empty";
        }

        string? language = Language(words);
        if (language is not null && language != "en")
        {
            return "language:" + language;
        }

        if (words.Count <= BoilerplateMaxWords)
        {
            string lower = paragraph.ToLowerInvariant();
            if (_lexicon.BoilerplatePhrases.Any(p => lower.Contains(p, StringComparison.Ordinal)))
            {
                return "boilerplate";
            }
        }

        return null;
    }

    /// <summary>The language whose stop words are most frequent in <paramref name="words"/>, or null when too few are found.</summary>
    public string? Language(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string? best = null;
        int bestCount = 0;
        int englishCount = 0;
        foreach ((string language, IReadOnlySet<string> stopWords) in _lexicon.StopWords.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int count = words.Count(stopWords.Contains);
            if (language == "en")
            {
                englishCount = count;
            }

            if (count > bestCount)
            {
                best = language;
                bestCount = count;
            }
        }

        if (best is null || best == "en")
        {
            return best;
        }

        // A foreign language must clearly outweigh English: names and loanwords give a few hits anywhere.
        if (bestCount < MinimumForeignStopWords || bestCount <= englishCount)
        {
            return englishCount > 0 ? "en" : null;
        }

        return best;
    }

    /// <summary>Lower-case words of a paragraph (letters only).</summary>
    public static List<string> Words(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= paragraph.Length; i++)
        {
            bool letter = i < paragraph.Length && char.IsLetter(paragraph[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(paragraph[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
