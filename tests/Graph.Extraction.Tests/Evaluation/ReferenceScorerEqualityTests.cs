using Graph.Extraction.Evaluation;
using Graph.Extraction.Tests.Support;
using Graph.Testing;

namespace Graph.Extraction.Tests.Evaluation;

/// <summary>The library scorer gives exactly the reference scorer's counts and printed scores, article by article.</summary>
public sealed class ReferenceScorerEqualityTests
{
    private const string SampleName = "000_3204a382f74a6061";

    [SkippableTheory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Score_GoldSet_EqualsTheReferenceScorerForEveryArticleAndTheTotal(string split)
    {
        string scorer = ReferenceScorer.Locate();
        string gold = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Extraction.Tests", "Gold", split);
        string[] articles = Directory.GetFiles(gold, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.True(articles.Length >= 6, $"the {split} gold set holds at least six articles");

        AssertSameScores(scorer, gold, articles);
    }

    [SkippableFact]
    public void Score_SampleArticle_EqualsTheReferenceScorer()
    {
        string scorer = ReferenceScorer.Locate();
        string goldFile = Path.Combine(Path.GetDirectoryName(scorer)!, SampleName + ".gold.json");
        Skip.If(!File.Exists(goldFile), "shared/eval has no gold file for the sample article");

        // The gold file alone in a folder, so that the reference scorer sees no other gold file.
        using var gold = new TempDirectory();
        File.Copy(goldFile, gold.File(SampleName + ".gold.json"));
        File.Copy(Path.Combine(RepositoryPaths.SampleArticles, SampleName + ".txt"), gold.File(SampleName + ".txt"));

        AssertSameScores(scorer, gold.Path, [gold.File(SampleName + ".txt")]);
    }

    private static void AssertSameScores(string scorer, string goldFolder, IReadOnlyList<string> articles)
    {
        // Given every article extracted, its predictions written for the reference scorer and scored by the library
        using var predictions = new TempDirectory();
        var scores = new List<ArticleScore>();
        foreach (string article in articles)
        {
            string name = Path.GetFileNameWithoutExtension(article);
            var extraction = ExtractionPipeline.Default.Extract(ReferenceScorer.ReadText(article));
            ReferenceScorer.WritePrediction(extraction, predictions.File(name + ".json"));
            scores.Add(Scorer.Score(name, GoldDocument.Read(Path.Combine(goldFolder, name + ".gold.json")), extraction));
        }

        var report = new EvalReport(scores);

        // When the reference scorer compares the same files
        var lines = ReferenceScorer.RunLines(scorer, "--dir", goldFolder, predictions.Path);

        // Then every article line and the micro-averaged line agree in counts and in the printed scores
        Assert.Equal(articles.Count + 1, lines.Count);
        for (int i = 0; i < scores.Count; i++)
        {
            Assert.Equal(lines[i].Label, scores[i].Name);
            AssertSame(lines[i], scores[i].Score);
        }

        Assert.Equal("ALL (micro)", lines[^1].Label);
        AssertSame(lines[^1], report.Total);
    }

    private static void AssertSame(ReferenceScorer.ScoreLine line, Score score)
    {
        AssertSame(line.Label + " entities", line.Entities, score.Entities);
        AssertSame(line.Label + " facts", line.Facts, score.Facts);
        AssertSame(line.Label + " pairs", line.Pairs, score.Pairs);
    }

    private static void AssertSame(string what, ReferenceScorer.Counts expected, PrfCounts actual)
    {
        var ours = new ReferenceScorer.Counts(
            ScoreFormat.ThreeDecimals(actual.Precision),
            ScoreFormat.ThreeDecimals(actual.Recall),
            ScoreFormat.ThreeDecimals(actual.F1),
            actual.TruePositives,
            actual.Predicted,
            actual.Gold);
        Assert.True(expected == ours, $"{what}: reference {expected}, library {ours}");
    }
}
