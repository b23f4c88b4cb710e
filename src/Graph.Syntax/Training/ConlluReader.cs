using System.Globalization;

namespace Graph.Syntax.Training;

/// <summary>Reads CoNLL-U files (Universal Dependencies treebanks).</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a CoNLL-U file.</summary>
    /// <exception cref="FormatException">A word line is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from a reader; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">A word line is malformed.</exception>
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConlluSentence>();
        var words = new List<ConlluWord>();
        var tokens = new List<string>();
        string? id = null;
        string? text = null;
        int multiwordEnd = 0;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }

                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            }

            string index = columns[0];
            if (index.Contains('.', StringComparison.Ordinal))
            {
                continue; // an empty node of the enhanced graph
            }

            int dash = index.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                tokens.Add(columns[1]);
                multiwordEnd = ParseInt(index[(dash + 1)..], source, lineNumber);
                continue;
            }

            int ordinal = ParseInt(index, source, lineNumber);
            if (ordinal > multiwordEnd)
            {
                tokens.Add(columns[1]);
            }

            int head = columns[6] == "_" ? 0 : ParseInt(columns[6], source, lineNumber);
            words.Add(new ConlluWord(columns[1], columns[2], columns[3], columns[4], head - 1, columns[7]) { Misc = columns[9] });
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConlluSentence(id ?? (sentences.Count + 1).ToString(CultureInfo.InvariantCulture), text, words.ToArray(), tokens.ToArray()));
            }

            words.Clear();
            tokens.Clear();
            id = null;
            text = null;
            multiwordEnd = 0;
        }
    }

    private static int ParseInt(string value, string source, int line) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int result)
            ? result
            : throw new FormatException($"{source}:{line}: '{value}' is not a word index");
}
