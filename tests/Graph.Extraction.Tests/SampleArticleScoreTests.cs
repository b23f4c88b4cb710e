using Graph.Extraction.Tests.Support;
using Graph.Testing;

namespace Graph.Extraction.Tests;

public sealed class SampleArticleScoreTests
{
    private const string Name = "000_3204a382f74a6061";

    [SkippableFact]
    public void Extract_SampleArticle_MeetsQualityBarOnTheReferenceScorer()
    {
        string scorer = ReferenceScorer.Locate();
        string gold = Path.Combine(Path.GetDirectoryName(scorer)!, Name + ".gold.json");
        Skip.If(!File.Exists(gold), "shared/eval has no gold file for the sample article");

        // Given the sample article extracted
        using var directory = new TempDirectory();
        string prediction = Path.Combine(directory.Path, Name + ".json");
        ReferenceScorer.WritePrediction(ReferenceScorer.ReadText(Path.Combine(RepositoryPaths.SampleArticles, Name + ".txt")), prediction);

        // When the reference scorer compares it with the gold annotation
        var score = ReferenceScorer.Run(scorer, gold, prediction);

        // Then entities and facts F1 stay at or above the measured ones
        Assert.True(score.EntitiesF1 >= 0.95, score.Output);
        Assert.True(score.FactsF1 >= 0.75, score.Output);
    }
}
