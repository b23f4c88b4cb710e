namespace Graph.Extraction.Internal;

/// <summary>Reads the project's TSV data files: '#' starts a comment line, blank lines are skipped.</summary>
internal static class TsvReader
{
    public static IEnumerable<string[]> Rows(string text)
    {
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    public static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : string.Empty;

    public static IEnumerable<string> List(string[] row, int index) =>
        Column(row, index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
