using System.Text;

namespace Graph.Model.Unicode;

/// <summary>
/// A Unicode normalization form (UAX #15) computed from its tables: decomposition, canonical ordering, then
/// canonical composition. The tool runs in invariant-globalization mode, where
/// <see cref="string.Normalize(NormalizationForm)"/> returns text unchanged, so the forms it needs are
/// computed here from data/unicode/*.tsv.
/// </summary>
public sealed class UnicodeNormalizer
{
    private const int HangulFirst = 0xAC00;
    private const int LeadingFirst = 0x1100;
    private const int VowelFirst = 0x1161;
    private const int TrailingBase = 0x11A7;
    private const int LeadingCount = 19;
    private const int VowelCount = 21;
    private const int TrailingCount = 28;
    private const int SyllableCount = LeadingCount * VowelCount * TrailingCount;

    private static readonly Lazy<UnicodeNormalizer> LazyNfc = new(() =>
    {
        using Stream stream = typeof(UnicodeNormalizer).Assembly.GetManifestResourceStream("unicode/nfc.tsv")
            ?? throw new InvalidOperationException("the unicode/nfc.tsv resource is missing from the assembly");
        return new UnicodeNormalizer(NormalizationTables.Load(stream));
    });

    private readonly NormalizationTables _tables;

    /// <summary>Creates the form whose decompositions <paramref name="tables"/> hold (canonical: NFC; compatibility: NFKC).</summary>
    public UnicodeNormalizer(NormalizationTables tables) => _tables = tables ?? throw new ArgumentNullException(nameof(tables));

    /// <summary>Normalization form C (canonical decomposition, then canonical composition).</summary>
    public static UnicodeNormalizer Nfc => LazyNfc.Value;

    /// <summary>The tables this form is computed from (for <see cref="Nfc"/>, the canonical decompositions).</summary>
    public NormalizationTables Tables => _tables;

    /// <summary>
    /// The normalized form of <paramref name="text"/>; the same instance when nothing changes. An unpaired
    /// surrogate is kept as it is.
    /// </summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsQuicklyStable(text))
        {
            return text;
        }

        List<int> codes = Decompose(text);
        Reorder(codes);
        Compose(codes);
        var builder = new StringBuilder(codes.Count + 8);
        foreach (int code in codes)
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

        return builder.Length == text.Length && builder.Equals(text.AsSpan()) ? text : builder.ToString();
    }

    // Most text (plain Latin with punctuation) holds nothing normalization could change; below U+00A0 nothing
    // changes in any form, above it the tables say (compatibility forms change "½" and the no-break space).
    private bool IsQuicklyStable(string text)
    {
        foreach (char c in text)
        {
            // Hangul vowels and trailing consonants compose algorithmically with what precedes them.
            if (c >= '\u00A0' && (char.IsSurrogate(c) || c is >= '\u1161' and <= '\u11C2' || !_tables.IsStable(c)))
            {
                return false;
            }
        }

        return true;
    }

    private List<int> Decompose(string text)
    {
        var codes = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int code = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                code = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            int syllable = code - HangulFirst;
            if (syllable is >= 0 and < SyllableCount)
            {
                codes.Add(LeadingFirst + (syllable / (VowelCount * TrailingCount)));
                codes.Add(VowelFirst + (syllable % (VowelCount * TrailingCount) / TrailingCount));
                if (syllable % TrailingCount != 0)
                {
                    codes.Add(TrailingBase + (syllable % TrailingCount));
                }
            }
            else if (_tables.Decomposition(code) is { } full)
            {
                codes.AddRange(full);
            }
            else
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    private void Reorder(List<int> codes)
    {
        for (int i = 1; i < codes.Count; i++)
        {
            int code = codes[i];
            int cls = _tables.CombiningClass(code);
            if (cls == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0 && _tables.CombiningClass(codes[j - 1]) > cls)
            {
                codes[j] = codes[j - 1];
                j--;
            }

            codes[j] = code;
        }
    }

    // Canonical composition: each character joins the last starter unless a character of the same or a higher
    // class, or a starter, stands between them.
    private void Compose(List<int> codes)
    {
        if (codes.Count < 2)
        {
            return;
        }

        int starterIndex = 0;
        int lastClass = _tables.CombiningClass(codes[0]) == 0 ? 0 : 256;
        int written = 1;
        for (int i = 1; i < codes.Count; i++)
        {
            int code = codes[i];
            int cls = _tables.CombiningClass(code);
            int composite = Composite(codes[starterIndex], code);
            if (composite >= 0 && (lastClass < cls || lastClass == 0))
            {
                codes[starterIndex] = composite;
                continue;
            }

            if (cls == 0)
            {
                starterIndex = written;
            }

            lastClass = cls;
            codes[written++] = code;
        }

        codes.RemoveRange(written, codes.Count - written);
    }

    private int Composite(int first, int second)
    {
        int leading = first - LeadingFirst;
        int vowel = second - VowelFirst;
        if (leading is >= 0 and < LeadingCount && vowel is >= 0 and < VowelCount)
        {
            return HangulFirst + (((leading * VowelCount) + vowel) * TrailingCount);
        }

        int syllable = first - HangulFirst;
        int trailing = second - TrailingBase;
        if (syllable is >= 0 and < SyllableCount && syllable % TrailingCount == 0 && trailing is > 0 and < TrailingCount)
        {
            return first + trailing;
        }

        return _tables.Composite(first, second);
    }
}
