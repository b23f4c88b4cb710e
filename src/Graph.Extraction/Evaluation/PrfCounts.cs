namespace Graph.Extraction.Evaluation;

/// <summary>Counts behind a precision, recall and F1 score.</summary>
/// <param name="TruePositives">Predictions that match the gold annotation.</param>
/// <param name="Predicted">Everything predicted.</param>
/// <param name="Gold">Everything annotated.</param>
public readonly record struct PrfCounts(int TruePositives, int Predicted, int Gold)
{
    /// <summary>True positives over predictions; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0.0 : (double)TruePositives / Predicted;

    /// <summary>True positives over gold items; 0 when nothing was annotated.</summary>
    public double Recall => Gold == 0 ? 0.0 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1
    {
        get
        {
            double p = Precision;
            double r = Recall;
            return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /// <summary>Predictions that match nothing in the gold annotation.</summary>
    public int Spurious => Predicted - TruePositives;

    /// <summary>Gold items no prediction matches.</summary>
    public int Missed => Gold - TruePositives;

    /// <summary>Sums counts (micro-averaging adds counts, then computes the scores).</summary>
    public static PrfCounts operator +(PrfCounts left, PrfCounts right) =>
        new(left.TruePositives + right.TruePositives, left.Predicted + right.Predicted, left.Gold + right.Gold);

    /// <summary>Sums counts.</summary>
    public static PrfCounts Add(PrfCounts left, PrfCounts right) => left + right;
}
