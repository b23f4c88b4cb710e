using Graph.Extraction.Evaluation;
using Graph.Extraction.Tests.Support;
using Graph.Testing;

namespace Graph.Extraction.Tests;

/// <summary>
/// Scores the hand-annotated gold sets (tests/Graph.Extraction.Tests/Gold) as a guard against regressions:
/// the dev split, which rules may be studied on, and the frozen test split, annotated before the extractor
/// ran on it and never studied. The library scorer equals the reference scorer (ReferenceScorerEqualityTests).
/// </summary>
public sealed class GoldSetScoreTests
{
    // Micro-averaged F1 measured on each split, rounded down a little.
    [Theory]
    [InlineData("dev", 0.915, 0.745)]
    [InlineData("test", 0.775, 0.325)]
    public void Extract_GoldSplit_StaysAtOrAboveItsMeasuredQuality(string split, double minimumEntitiesF1, double minimumFactsF1)
    {
        // Given every article of the split extracted and scored against its annotation
        string folder = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Extraction.Tests", "Gold", split);
        string[] articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.True(articles.Length >= 12, $"the {split} split holds at least twelve articles");
        var scores = articles.AsParallel().AsOrdered().Select(article =>
        {
            string name = Path.GetFileNameWithoutExtension(article);
            GoldDocument gold = GoldDocumentReader.Read(Path.Combine(folder, name + ".gold.json"));
            return Scorer.Score(name, gold, ExtractionPipeline.Default.Extract(ReferenceScorer.ReadText(article)));
        });

        // When the scores are micro-averaged
        var report = new EvalReport(scores);

        // Then entities and facts F1 stay at or above the measured ones
        string summary = $"{split}: entities {report.Total.Entities}, facts {report.Total.Facts}";
        Assert.True(report.Total.Entities.F1 >= minimumEntitiesF1, summary);
        Assert.True(report.Total.Facts.F1 >= minimumFactsF1, summary);
    }
}
