namespace Graph.Syntax.Tokenization;

/// <summary>
/// Typographic quotes and apostrophes written as the treebank writes them: the models learned "'s", "'" and '"' from
/// text that rarely curls them, and news and government text nearly always does ("the United States’ support").
/// </summary>
internal static class PlainQuotes
{
    /// <summary>The words with curled quotes made plain; the same array when none has one.</summary>
    public static string[] Of(string[] words)
    {
        string[]? plain = null;
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].AsSpan().IndexOfAny('\u2018', '\u2019') < 0 && words[i].AsSpan().IndexOfAny('\u201C', '\u201D') < 0)
            {
                continue;
            }

            plain ??= (string[])words.Clone();
            plain[i] = words[i].Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        }

        return plain ?? words;
    }
}
