using System.Text;

namespace Graph.Syntax.Benchmarks;

/// <summary>
/// The sentences of a folder of Markdown articles: front matter dropped, paragraphs joined into lines, sentences cut
/// after '.', '!' or '?' followed by a space and an upper-case letter (a rough cut, good enough to time the parser).
/// </summary>
internal static class CorpusSentences
{
    /// <summary>Each paragraph's text with the (start, end) ranges of its sentences.</summary>
    public static List<(string Text, List<(int Start, int End)> Sentences)> Read(string folder)
    {
        var result = new List<(string, List<(int, int)>)>();
        foreach (string file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (string paragraph in Paragraphs(File.ReadAllText(file)))
            {
                result.Add((paragraph, Split(paragraph)));
            }
        }

        return result;
    }

    private static IEnumerable<string> Paragraphs(string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int i = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            i = Array.IndexOf(lines, "---", 1) + 1;
        }

        var paragraph = new StringBuilder();
        for (; i <= lines.Length; i++)
        {
            string line = i < lines.Length ? lines[i].Trim() : string.Empty;
            if (line.Length == 0)
            {
                if (paragraph.Length > 0)
                {
                    yield return paragraph.ToString();
                    paragraph.Clear();
                }

                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
        }
    }

    private static List<(int, int)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                sentences.Add((start, i + 1));
                start = i + 2;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }
}
