using System.Globalization;
using System.Text;
using Graph.Extraction.Internal;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// The form under which the scorer compares entity names and aliases: NFKC, lower case, curly apostrophes
/// made straight, a possessive "'s" at a word end dropped, every other run of non-word characters one space,
/// a leading "the" dropped. Word characters are letters, digits and numbers of any script and the underscore;
/// combining marks that do not compose with a letter separate words.
/// </summary>
public static class NameNormalizer
{
    private const int CapitalSigma = 0x03A3;

    /// <summary>The normalized form of <paramref name="text"/> (empty for null or empty text).</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        List<int> codes = Lower(CodePoints(CompatibilityNormalization.Normalize(text)));
        for (int i = 0; i < codes.Count; i++)
        {
            if (codes[i] is 0x2018 or 0x2019)
            {
                codes[i] = '\'';
            }
        }

        var words = new List<string>();
        var word = new StringBuilder();
        bool endsInWord = false;
        for (int i = 0; i < codes.Count; i++)
        {
            int code = codes[i];
            // A possessive "'s" is deleted, not replaced: a separator or the end follows it anyway.
            if (code == '\'' && i + 1 < codes.Count && codes[i + 1] == 's' && (i + 2 == codes.Count || !IsWord(codes[i + 2])))
            {
                i++;
                continue;
            }

            if (IsWord(code))
            {
                Append(word, code);
                endsInWord = true;
            }
            else
            {
                endsInWord = false;
                Flush();
            }
        }

        Flush();

        // A leading "the" goes only when something, even a separator, follows it.
        if (words.Count > 0 && words[0] == "the" && (words.Count > 1 || !endsInWord))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    /// <summary>True for word characters: letters, numbers (every category) and the underscore.</summary>
    internal static bool IsWord(int code) =>
        code == '_' || Category(code) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static UnicodeCategory Category(int code) =>
        Rune.IsValid(code) ? Rune.GetUnicodeCategory(new Rune(code)) : UnicodeCategory.Surrogate;

    private static List<int> CodePoints(string text)
    {
        var codes = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codes.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                codes.Add(text[i]);
            }
        }

        return codes;
    }

    // Full lower-case mapping: the simple mapping, except that dotted capital I becomes i with a combining dot
    // and capital sigma becomes final sigma at the end of a word.
    private static List<int> Lower(List<int> codes)
    {
        var lower = new List<int>(codes.Count);
        for (int i = 0; i < codes.Count; i++)
        {
            int code = codes[i];
            if (code == 0x0130)
            {
                lower.Add('i');
                lower.Add(0x0307);
            }
            else if (code == CapitalSigma)
            {
                lower.Add(IsFinalSigma(codes, i) ? 0x03C2 : 0x03C3);
            }
            else
            {
                lower.Add(Rune.IsValid(code) ? Rune.ToLowerInvariant(new Rune(code)).Value : code);
            }
        }

        return lower;
    }

    // Final_Sigma: a cased letter before (skipping case-ignorable characters) and none after.
    private static bool IsFinalSigma(List<int> codes, int index)
    {
        int before = index - 1;
        while (before >= 0 && IsCaseIgnorable(codes[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(codes[before]))
        {
            return false;
        }

        int after = index + 1;
        while (after < codes.Count && IsCaseIgnorable(codes[after]))
        {
            after++;
        }

        return after == codes.Count || !IsCased(codes[after]);
    }

    private static bool IsCased(int code) =>
        Category(code) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || code is (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);

    private static bool IsCaseIgnorable(int code) =>
        Category(code) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || code is '\'' or '.' or ':' or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;

    private static void Append(StringBuilder builder, int code)
    {
        if (code >= 0x10000)
        {
            builder.Append(char.ConvertFromUtf32(code));
        }
        else
        {
            builder.Append((char)code);
        }
    }
}
