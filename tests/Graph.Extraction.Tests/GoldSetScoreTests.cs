using Graph.Extraction.Tests.Support;
using Graph.Testing;

namespace Graph.Extraction.Tests;

/// <summary>
/// Scores the hand-annotated articles in Gold/ (news from several regions, one gold file each) with the
/// reference scorer, as a guard against regressions in general recall and precision.
/// </summary>
public sealed class GoldSetScoreTests
{
    // Micro-averaged F1 measured on the gold set, rounded down a little.
    private const double MinimumEntitiesF1 = 0.96;
    private const double MinimumFactsF1 = 0.88;

    [SkippableFact]
    public void Extract_GoldSet_StaysAtOrAboveMeasuredQualityOnTheReferenceScorer()
    {
        string scorer = ReferenceScorer.Locate();
        string gold = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Extraction.Tests", "Gold", "dev");
        string[] articles = Directory.GetFiles(gold, "*.txt");
        Assert.True(articles.Length >= 6, "the dev gold set holds at least six articles");

        // Given every gold article extracted
        using var directory = new TempDirectory();
        foreach (string article in articles)
        {
            ReferenceScorer.WritePrediction(
                ReferenceScorer.ReadText(article), Path.Combine(directory.Path, Path.GetFileNameWithoutExtension(article) + ".json"));
        }

        // When the reference scorer compares the whole set
        var score = ReferenceScorer.Run(scorer, "--dir", gold, directory.Path);

        // Then the micro-averaged F1 scores stay at or above the measured ones
        Assert.True(score.EntitiesF1 >= MinimumEntitiesF1, score.Output);
        Assert.True(score.FactsF1 >= MinimumFactsF1, score.Output);
    }
}
