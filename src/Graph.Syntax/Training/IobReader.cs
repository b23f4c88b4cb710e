using System.Globalization;

namespace Graph.Syntax.Training;

/// <summary>
/// Reads name annotations in the tab-separated IOB2 form of Universal NER: <c># sent_id = …</c> comments, then one
/// line per word (index, word, label, and further columns), a blank line after each sentence.
/// </summary>
public static class IobReader
{
    /// <summary>Reads every sentence of a file.</summary>
    /// <exception cref="FormatException">A word line is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<NameSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from a reader; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">A word line is malformed.</exception>
    public static IReadOnlyList<NameSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NameSentence>();
        var words = new List<string>();
        var labels = new List<string>();
        string? id = null;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }
            }
            else
            {
                string[] columns = line.Split('\t');
                if (columns.Length < 3 || columns[1].Length == 0)
                {
                    throw new FormatException($"{source}:{lineNumber}: expected a word index, the word and its label, tab-separated");
                }

                string label = columns[2];
                if (label != "O" && !(label.Length > 2 && label[1] == '-' && label[0] is 'B' or 'I'))
                {
                    throw new FormatException($"{source}:{lineNumber}: '{label}' is not an IOB2 label");
                }

                words.Add(columns[1]);
                labels.Add(label);
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new NameSentence(id ?? (sentences.Count + 1).ToString(CultureInfo.InvariantCulture), words.ToArray(), labels.ToArray()));
            }

            words.Clear();
            labels.Clear();
            id = null;
        }
    }
}
