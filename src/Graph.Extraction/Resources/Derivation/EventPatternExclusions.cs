namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// The derived rows the project drops (<c>events.exclude.tsv</c>): the key columns of a derived row
/// (<c>lemma pos particle object target</c>) and the reason, tab-separated. CAMEO codes a verb in every
/// sense its block was written for; a verb whose other sense is the common one in news ("fire" a minister,
/// "reside" in a city) would otherwise report an event wherever it has a named object.
/// </summary>
internal static class EventPatternExclusions
{
    /// <summary>The keys to drop, each with its 1-based line.</summary>
    /// <exception cref="FormatException">A row without five key columns and a reason; the message names its line.</exception>
    public static IReadOnlyList<(string Key, int Line)> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new List<(string Key, int Line)>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 6 || columns.Any(c => c.Trim().Length == 0))
            {
                throw new FormatException($"line {i + 1}: expected 6 columns (lemma pos particle object target reason)");
            }

            keys.Add((string.Join('\t', columns[..5]), i + 1));
        }

        return keys;
    }
}
