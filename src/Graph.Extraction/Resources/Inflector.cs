namespace Graph.Extraction.Resources;

/// <summary>Regular English verb inflection: base, third person, past and present participle.</summary>
public static class Inflector
{
    private const string Vowels = "aeiou";

    /// <summary>The regular forms of <paramref name="lemma"/> (itself included).</summary>
    public static IReadOnlyList<string> Forms(string lemma)
    {
        ArgumentException.ThrowIfNullOrEmpty(lemma);
        string third, past, participle;
        char last = lemma[^1];
        bool consonantY = last == 'y' && lemma.Length > 1 && !Vowels.Contains(lemma[^2], StringComparison.Ordinal);
        if (consonantY)
        {
            third = lemma[..^1] + "ies";
            past = lemma[..^1] + "ied";
            participle = lemma + "ing";
        }
        else if (last == 'e')
        {
            third = lemma + "s";
            past = lemma + "d";
            participle = lemma[..^1] + "ing";
        }
        else if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("sh", StringComparison.Ordinal)
                 || lemma.EndsWith("ch", StringComparison.Ordinal))
        {
            third = lemma + "es";
            past = lemma + "ed";
            participle = lemma + "ing";
        }
        else if (DoublesFinalConsonant(lemma))
        {
            third = lemma + "s";
            past = lemma + last + "ed";
            participle = lemma + last + "ing";
        }
        else
        {
            third = lemma + "s";
            past = lemma + "ed";
            participle = lemma + "ing";
        }

        return [lemma, third, past, participle];
    }

    // Short consonant-vowel-consonant verbs double the consonant: ban -> banned, slam -> slammed.
    private static bool DoublesFinalConsonant(string lemma) =>
        lemma.Length is >= 3 and <= 4
        && !Vowels.Contains(lemma[^1], StringComparison.Ordinal) && lemma[^1] is not ('w' or 'x' or 'y')
        && Vowels.Contains(lemma[^2], StringComparison.Ordinal)
        && !Vowels.Contains(lemma[^3], StringComparison.Ordinal);
}
