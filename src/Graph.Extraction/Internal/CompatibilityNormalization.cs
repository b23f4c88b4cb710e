using System.Globalization;
using System.Text;

namespace Graph.Extraction.Internal;

/// <summary>
/// Unicode normalization form KC (compatibility decomposition, then canonical composition), from the
/// tables in data/unicode/nfkc.tsv. The runtime runs in invariant-globalization mode, where
/// <see cref="string.Normalize(NormalizationForm)"/> leaves text unchanged.
/// </summary>
internal static class CompatibilityNormalization
{
    private const int HangulFirst = 0xAC00;
    private const int LeadingFirst = 0x1100;
    private const int VowelFirst = 0x1161;
    private const int TrailingBase = 0x11A7;
    private const int LeadingCount = 19;
    private const int VowelCount = 21;
    private const int TrailingCount = 28;
    private const int SyllableCount = LeadingCount * VowelCount * TrailingCount;

    private static readonly Lazy<Tables> LazyTables = new(Tables.LoadEmbedded);

    /// <summary>The NFKC form of <paramref name="text"/>. Unpaired surrogates are kept as they are.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c < '\u00A0'))
        {
            return text;
        }

        Tables tables = LazyTables.Value;
        List<int> codes = Decompose(text, tables);
        Reorder(codes, tables);
        Compose(codes, tables);
        var builder = new StringBuilder(codes.Count);
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

        return builder.ToString();
    }

    private static List<int> Decompose(string text, Tables tables)
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
            else if (tables.Decompositions.TryGetValue(code, out int[]? full))
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
    private static void Reorder(List<int> codes, Tables tables)
    {
        for (int i = 1; i < codes.Count; i++)
        {
            int code = codes[i];
            int cls = tables.CombiningClass(code);
            if (cls == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0 && tables.CombiningClass(codes[j - 1]) > cls)
            {
                codes[j] = codes[j - 1];
                j--;
            }

            codes[j] = code;
        }
    }

    // Canonical composition (UAX #15): each character joins the last starter unless a character of the same
    // or a higher class, or a starter, stands between them.
    private static void Compose(List<int> codes, Tables tables)
    {
        if (codes.Count < 2)
        {
            return;
        }

        int starterIndex = 0;
        int lastClass = tables.CombiningClass(codes[0]) == 0 ? 0 : 256;
        int written = 1;
        for (int i = 1; i < codes.Count; i++)
        {
            int code = codes[i];
            int cls = tables.CombiningClass(code);
            int composite = Composite(codes[starterIndex], code, tables);
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

    private static int Composite(int first, int second, Tables tables)
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

        return tables.Compositions.TryGetValue(((long)first << 21) | (uint)second, out int composite) ? composite : -1;
    }

    private sealed class Tables
    {
        private readonly List<(int First, int Last, int Class)> _classes = [];

        public Dictionary<int, int[]> Decompositions { get; } = [];

        public Dictionary<long, int> Compositions { get; } = [];

        public static Tables LoadEmbedded()
        {
            using Stream stream = typeof(Tables).Assembly.GetManifestResourceStream("unicode/nfkc.tsv")
                ?? throw new InvalidOperationException("the unicode/nfkc.tsv resource is missing from the assembly");
            using var reader = new StreamReader(stream);
            return Parse(reader.ReadToEnd());
        }

        public int CombiningClass(int code)
        {
            if (code < 0x300)
            {
                return 0;
            }

            int low = 0;
            int high = _classes.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                var (first, last, cls) = _classes[middle];
                if (code < first)
                {
                    high = middle - 1;
                }
                else if (code > last)
                {
                    low = middle + 1;
                }
                else
                {
                    return cls;
                }
            }

            return 0;
        }

        private static Tables Parse(string text)
        {
            var tables = new Tables();
            foreach (string[] row in TsvReader.Rows(text))
            {
                int[] codes = Codes(TsvReader.Column(row, 1));
                string value = TsvReader.Column(row, 2);
                switch (TsvReader.Column(row, 0))
                {
                    case "ccc":
                        tables._classes.Add((codes[0], codes[1], int.Parse(value, CultureInfo.InvariantCulture)));
                        break;
                    case "decompose":
                        tables.Decompositions[codes[0]] = Codes(value);
                        break;
                    case "compose":
                        tables.Compositions[((long)codes[0] << 21) | (uint)codes[1]] = Codes(value)[0];
                        break;
                }
            }

            return tables;
        }

        private static int[] Codes(string hex) =>
            [.. hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
    }
}
