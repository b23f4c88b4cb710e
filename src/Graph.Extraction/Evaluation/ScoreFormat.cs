using System.Globalization;

namespace Graph.Extraction.Evaluation;

/// <summary>Scores as text with three decimals, rounded as the reference scorer prints them.</summary>
public static class ScoreFormat
{
    /// <summary>
    /// <paramref name="value"/> with three decimals: the exact binary value rounded to the nearest, an exact tie
    /// (0.0625) to the even digit ("0.062").
    /// </summary>
    public static string ThreeDecimals(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
