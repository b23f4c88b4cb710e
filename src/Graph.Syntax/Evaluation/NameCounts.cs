namespace Graph.Syntax.Evaluation;

/// <summary>Span counts of a name recognizer against gold names of one type (or of all types).</summary>
/// <param name="Gold">Names in the gold annotation.</param>
/// <param name="Predicted">Names the recognizer found.</param>
/// <param name="Correct">Found names with exactly the gold words and type.</param>
public sealed record NameCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Share of found names that are right (1 when none were found).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Share of gold names found (1 when there are none).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
