using Graph.Syntax.Features;

namespace Graph.Syntax.Names;

/// <summary>
/// A greedy left-to-right averaged-perceptron labeller of BIO name labels over a parsed sentence's words: each word's
/// label is scored from its features and the two labels before it, among the labels allowed after the previous one.
/// </summary>
internal sealed class NameRecognizer
{
    /// <summary>Creates the recognizer from trained weights and the lexicon they were trained with.</summary>
    public NameRecognizer(WeightTable weights, NameLexicon lexicon)
    {
        Weights = weights;
        Lexicon = lexicon;
    }

    /// <summary>The trained weights.</summary>
    public WeightTable Weights { get; }

    /// <summary>The name words the weights were trained with.</summary>
    public NameLexicon Lexicon { get; }

    /// <summary>Labels the loaded words, writing a label and a margin per word.</summary>
    public void Label(NameWords words, Span<int> labels, Span<float> margins)
    {
        Span<ulong> features = stackalloc ulong[NameFeatures.Max];
        Span<float> scores = stackalloc float[NameLabels.Count];
        int prev = NameLabels.None;
        int prev2 = NameLabels.None;
        for (int i = 0; i < words.Count; i++)
        {
            int n = NameFeatures.Extract(words, i, prev, prev2, features);
            scores.Clear();
            Weights.Score(features[..n], scores);
            int label = NameLabels.Best(prev, scores, out float margin);
            labels[i] = label;
            margins[i] = margin;
            prev2 = prev;
            prev = label;
        }
    }
}
