using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Sentences;

/// <summary>
/// Splits a paragraph into sentences at '.', '!' and '?' (with any closing quotes) followed by a capital,
/// a quote or a digit. Titles and other abbreviations ("Dr.", "Gen.") never end a sentence; initialisms
/// ("U.S.") end one only when a function word ("The", "He") follows.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly HashSet<string> _abbreviations;
    private readonly IReadOnlySet<string> _englishStopWords;

    /// <summary>Creates a splitter.</summary>
    public SentenceSplitter(IEnumerable<string> abbreviations, IReadOnlySet<string> englishStopWords)
    {
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.Ordinal);
        _englishStopWords = englishStopWords;
    }

    /// <summary>Sentence spans of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public IReadOnlyList<TextSpan> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        int sentenceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            int j = i + 1;
            while (j < end && (text[j] is '.' or '!' or '?' or ')' or ']' || Tokenizer.IsQuote(text[j])))
            {
                j++;
            }

            if (!IsBoundary(text, i, j, end))
            {
                continue;
            }

            AddTrimmed(spans, text, sentenceStart, j);
            sentenceStart = j;
            i = j - 1;
        }

        AddTrimmed(spans, text, sentenceStart, end);
        return spans;
    }

    private bool IsBoundary(string text, int mark, int after, int end)
    {
        int next = after;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        if (next == after)
        {
            return false;
        }

        char n = text[next];
        bool opensSentence = char.IsUpper(n) || char.IsDigit(n) || Tokenizer.IsQuote(n) || n is '(' or '[';
        if (!opensSentence)
        {
            return false;
        }

        if (text[mark] != '.' || after != mark + 1)
        {
            return true;
        }

        int wordStart = mark;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !Tokenizer.IsQuote(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        string word = text[wordStart..(mark + 1)];
        bool initial = word.Length == 2 && char.IsUpper(word[0]);
        bool initialism = word.Length >= 4 && word[^3] == '.';
        if (initialism)
        {
            // "in the U.S. The talks" ends a sentence; "the U.S. President" does not.
            int nextWordEnd = next;
            while (nextWordEnd < end && char.IsLetter(text[nextWordEnd]))
            {
                nextWordEnd++;
            }

            return _englishStopWords.Contains(text[next..nextWordEnd].ToLowerInvariant());
        }

        return !initial && !_abbreviations.Contains(word);
    }

    private static void AddTrimmed(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
