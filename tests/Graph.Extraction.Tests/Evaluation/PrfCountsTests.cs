using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class PrfCountsTests
{
    [Fact]
    public void Scores_AreRatiosOfTheCounts()
    {
        var counts = new PrfCounts(3, 4, 6);

        Assert.Equal(0.75, counts.Precision);
        Assert.Equal(0.5, counts.Recall);
        Assert.Equal(0.6, counts.F1, 15);
        Assert.Equal(1, counts.Spurious);
        Assert.Equal(3, counts.Missed);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 0, 5)]
    [InlineData(0, 5, 0)]
    [InlineData(0, 5, 5)]
    public void Scores_WithoutMatchesOrItems_AreZero(int tp, int predicted, int gold)
    {
        var counts = new PrfCounts(tp, predicted, gold);

        Assert.Equal(0.0, counts.Precision);
        Assert.Equal(0.0, counts.Recall);
        Assert.Equal(0.0, counts.F1);
    }

    [Fact]
    public void Add_SumsCountsForMicroAveraging()
    {
        var total = new PrfCounts(1, 2, 3) + new PrfCounts(4, 5, 6);

        Assert.Equal(new PrfCounts(5, 7, 9), total);
        Assert.Equal(5.0 / 7, total.Precision);
    }

    [Theory]
    [InlineData(1, 16, "0.062")] // an exact tie goes to the even digit
    [InlineData(3, 16, "0.188")]
    [InlineData(5, 16, "0.312")]
    [InlineData(2, 3, "0.667")]
    [InlineData(1, 1, "1.000")]
    [InlineData(0, 1, "0.000")]
    public void ThreeDecimals_RoundsAsTheReferenceScorerPrints(int numerator, int denominator, string expected)
    {
        Assert.Equal(expected, ScoreFormat.ThreeDecimals((double)numerator / denominator));
    }
}
