namespace Graph.Syntax.Evaluation;

/// <summary>Agreement of the tokenizer with a treebank's words over the sentences' raw text.</summary>
/// <param name="Sentences">Sentences compared (those with a <c># text</c> line whose words could be found in it).</param>
/// <param name="GoldWords">Words of the treebank.</param>
/// <param name="PredictedWords">Words the tokenizer produced.</param>
/// <param name="Matched">Words with exactly the same span in both.</param>
/// <param name="ExactSentences">Sentences tokenized exactly like the treebank.</param>
public sealed record TokenizationScores(int Sentences, int GoldWords, int PredictedWords, int Matched, int ExactSentences)
{
    /// <summary>Share of the tokenizer's words that are treebank words.</summary>
    public double Precision => PredictedWords == 0 ? 0 : (double)Matched / PredictedWords;

    /// <summary>Share of the treebank's words the tokenizer found.</summary>
    public double Recall => GoldWords == 0 ? 0 : (double)Matched / GoldWords;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
