using Graph.Extraction.Evaluation;
using Graph.Model;
using static Graph.Extraction.Tests.Support.EvalDocuments;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class EvalReportTests
{
    private static readonly GoldEntity[] GoldEntities = [Gold("us", EntityType.Country, "United States", "US"), Gold("iran", EntityType.Country, "Iran")];
    private static readonly Graph.Model.Extraction.ExtractedEntity[] PredictedEntities =
        [Predicted("country:us", EntityType.Country, "US"), Predicted("country:iran", EntityType.Country, "Iran")];

    [Fact]
    public void Report_AddsCountsOverArticles_AndGroupsThemByPredicate()
    {
        var first = Scorer.Score(
            "first",
            Document(GoldEntities, Gold("us", Predicate.Demand, "iran"), Gold("us", Predicate.Meet, "iran")),
            Extracted(PredictedEntities, Predicted("country:us", Predicate.Demand, "country:iran")));
        var second = Scorer.Score(
            "second",
            Document(GoldEntities, Gold("iran", Predicate.Demand, "us")),
            Extracted(PredictedEntities, Predicted("country:iran", Predicate.Demand, "country:us"), Predicted("country:iran", Predicate.Warn, "country:us")));

        var report = new EvalReport([first, second]);

        Assert.Equal(["first", "second"], report.Articles.Select(a => a.Name));
        Assert.Equal(new PrfCounts(2, 3, 3), report.Total.Facts);
        Assert.Equal(new PrfCounts(4, 4, 4), report.Total.Entities);
        Assert.Equal([Predicate.Meet, Predicate.Demand, Predicate.Warn], report.ByPredicate.Select(p => p.Predicate));
        Assert.Equal(new PrfCounts(2, 2, 2), report.Of(Predicate.Demand));
        Assert.Equal(new PrfCounts(0, 1, 0), report.Of(Predicate.Warn));
        Assert.Equal(default, report.Of(Predicate.Attack));
    }

    [Fact]
    public void Report_NoArticles_IsAllZero()
    {
        var report = new EvalReport([]);

        Assert.Equal(Score.Zero, report.Total);
        Assert.Empty(report.ByPredicate);
    }
}
