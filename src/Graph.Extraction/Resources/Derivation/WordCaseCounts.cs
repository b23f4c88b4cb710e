namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// How often text writes each word in capitals ("NATO"), with an initial capital ("Hamas"), in lower case, or in a mixed
/// case of its own ("PepsiCo"), keyed by the word in lower case. One pass over the text, one dictionary of counts.
/// </summary>
public sealed class WordCaseCounts
{
    private readonly Dictionary<string, WordCase> _words = new(StringComparer.Ordinal);

    /// <summary>Counts one written word form.</summary>
    public void Add(ReadOnlySpan<char> form)
    {
        if (form.Length < 2)
        {
            return;
        }

        Span<char> key = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(key);
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out WordCase? counts))
        {
            counts = new WordCase();
            lookup[key] = counts;
        }

        if (form.SequenceEqual(key))
        {
            counts.Lower++;
        }
        else if (!form.ContainsAnyInRange('a', 'z') && IsUpper(form))
        {
            counts.Capitals++;
        }
        else if (char.IsUpper(form[0]) && IsLower(form[1..]))
        {
            counts.Initial++;
        }
        else if (!IsAcronymPlural(form))
        {
            counts.AddMixed(form.ToString());
        }
    }

    /// <summary>
    /// Counts the words of a text (letters only; "al-Qaeda" is two words). Left out, as they do not show how prose writes
    /// a word: a leading YAML front matter, HTML tags, a speaker's label before a colon in capitals ("MS. SMITH:"), and
    /// lines without a lower-case letter (headings, signatures and table cells set in capitals).
    /// </summary>
    public void AddText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> rest = text;
        if (rest.StartsWith("---\n", StringComparison.Ordinal) || rest.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            int end = rest[3..].IndexOf("\n---", StringComparison.Ordinal);
            rest = end < 0 ? rest : rest[(end + 7)..];
        }

        foreach (ReadOnlySpan<char> raw in rest.EnumerateLines())
        {
            ReadOnlySpan<char> line = raw.Contains('<') ? WithoutTags(raw) : raw;
            if (!HasLower(line))
            {
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon > 0 && !HasLower(line[..colon]))
            {
                line = line[(colon + 1)..];
            }

            foreach (Range chunk in line.SplitAny(" \t"))
            {
                // Addresses ("https://…", "%E2%80%9CNo") are no words.
                if (!line[chunk].Contains("://", StringComparison.Ordinal) && !line[chunk].Contains('%'))
                {
                    AddWords(line[chunk]);
                }
            }
        }
    }

    /// <summary>Counts each run of letters in <paramref name="text"/> as a word.</summary>
    public void AddWords(ReadOnlySpan<char> text)
    {
        int start = -1;
        for (int k = 0; k <= text.Length; k++)
        {
            bool letter = k < text.Length && char.IsLetter(text[k]);
            if (letter && start < 0)
            {
                start = k;
            }
            else if (!letter && start >= 0)
            {
                Add(text[start..k]);
                start = -1;
            }
        }
    }

    /// <summary>Every word counted, in lower case, in no particular order.</summary>
    public IEnumerable<string> Words => _words.Keys;

    /// <summary>The counts of <paramref name="word"/> (any case), or null when text never writes it.</summary>
    public WordCase? Get(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.GetValueOrDefault(word.ToLowerInvariant());
    }

    /// <summary>An acronym's plural ("NGOs", "DAs") is no case of its own of the word.</summary>
    private static bool IsAcronymPlural(ReadOnlySpan<char> form) => form[^1] == 's' && IsUpper(form[..^1]);

    private static string WithoutTags(ReadOnlySpan<char> line)
    {
        var kept = new System.Text.StringBuilder(line.Length);
        bool inTag = false;
        foreach (char c in line)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                kept.Append(' ');
            }
            else if (!inTag)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool HasLower(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpper(ReadOnlySpan<char> form)
    {
        foreach (char c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLower(ReadOnlySpan<char> form)
    {
        foreach (char c in form)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
