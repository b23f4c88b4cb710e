using System.Globalization;

namespace Graph.Model.Unicode;

/// <summary>
/// The Unicode Character Database facts one normalization form needs: canonical combining classes, each code
/// point's full decomposition, and the pairs that compose (data/unicode/*.tsv, rows <c>ccc</c>,
/// <c>decompose</c>, <c>compose</c>; other rows and <c>#</c> comments are skipped).
/// </summary>
public sealed class NormalizationTables
{
    private readonly List<(int First, int Last, int Class)> _classes = [];
    private readonly Dictionary<int, int[]> _decompositions = [];
    private readonly Dictionary<long, int> _compositions = [];
    private readonly HashSet<int> _composedSeconds = [];

    private NormalizationTables()
    {
    }

    /// <summary>Reads the tables from the tab-separated text of <paramref name="stream"/>.</summary>
    /// <exception cref="FormatException">A row is not of the table format.</exception>
    public static NormalizationTables Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var tables = new NormalizationTables();
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] row = line.Split('\t');
            if (row.Length < 3)
            {
                throw new FormatException($"normalization table row '{line}' has fewer than 3 columns");
            }

            int[] codes = Codes(row[1]);
            switch (row[0])
            {
                case "ccc":
                    tables._classes.Add((codes[0], codes[1], int.Parse(row[2], CultureInfo.InvariantCulture)));
                    break;
                case "decompose":
                    tables._decompositions[codes[0]] = Codes(row[2]);
                    break;
                case "compose":
                    tables._compositions[Pair(codes[0], codes[1])] = Codes(row[2])[0];
                    tables._composedSeconds.Add(codes[1]);
                    break;
            }
        }

        return tables;
    }

    /// <summary>The canonical combining class of a code point (0 for starters).</summary>
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

    /// <summary>The full decomposition of a code point, or null when it has none (Hangul syllables aside).</summary>
    public int[]? Decomposition(int code) => _decompositions.GetValueOrDefault(code);

    /// <summary>The primary composite of a pair, or -1 (Hangul syllables aside).</summary>
    public int Composite(int first, int second) => _compositions.TryGetValue(Pair(first, second), out int composite) ? composite : -1;

    /// <summary>
    /// True when a code point can never change under normalization whatever surrounds it: a starter with no
    /// decomposition that composes with nothing before it.
    /// </summary>
    public bool IsStable(int code) =>
        CombiningClass(code) == 0 && !_decompositions.ContainsKey(code) && !_composedSeconds.Contains(code);

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static int[] Codes(string hex) =>
        [.. hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
}
