using Graph.Syntax.Training;

namespace Graph.Syntax.Evaluation;

/// <summary>Compares <see cref="UdTokenizer"/> with the words of a treebank, located in each sentence's raw text.</summary>
public static class TokenizerEvaluation
{
    /// <summary>Tokenizes each sentence's <c># text</c> and counts the words whose spans match the treebank's.</summary>
    public static TokenizationScores Evaluate(IReadOnlyList<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        int sentences = 0, goldWords = 0, predictedWords = 0, matched = 0, exact = 0;
        foreach (var sentence in gold)
        {
            if (sentence.Text is null || GoldSpans(sentence) is not { } spans)
            {
                continue;
            }

            var predicted = UdTokenizer.Tokenize(sentence.Text, 0, sentence.Text.Length);
            var goldSet = new HashSet<(int, int)>(spans);
            int hits = predicted.Count(goldSet.Contains);
            sentences++;
            goldWords += spans.Count;
            predictedWords += predicted.Count;
            matched += hits;
            exact += hits == spans.Count && predicted.Count == spans.Count ? 1 : 0;
        }

        return new TokenizationScores(sentences, goldWords, predictedWords, matched, exact);
    }

    /// <summary>Where each treebank word lies in the sentence text, or null when the words cannot be found in order.</summary>
    public static IReadOnlyList<(int Start, int End)>? GoldSpans(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string text = sentence.Text ?? string.Empty;
        var spans = new List<(int, int)>(sentence.Words.Count);
        int position = 0;
        foreach (var word in sentence.Words)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (!text.AsSpan(position).StartsWith(word.Form, StringComparison.Ordinal))
            {
                return null; // a multiword token whose words are not spelled out in the text ("wo" of "won't" is, "gon" of "gonna" is)
            }

            spans.Add((position, position + word.Form.Length));
            position += word.Form.Length;
        }

        return spans;
    }
}
