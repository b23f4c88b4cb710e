namespace Graph.View.Benchmarks;

/// <summary>Median, 95th percentile and maximum of a set of timings, in milliseconds (nearest rank).</summary>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile: the value 95 % of the timings do not exceed.</param>
/// <param name="Max">The slowest.</param>
internal sealed record Percentiles(double P50, double P95, double Max)
{
    /// <summary>The percentiles of <paramref name="milliseconds"/> (at least one).</summary>
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        double[] sorted = [.. milliseconds.Order()];
        return new Percentiles(Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1]);
    }

    // Nearest rank: the smallest value with at least `fraction` of the timings at or below it.
    private static double Rank(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
