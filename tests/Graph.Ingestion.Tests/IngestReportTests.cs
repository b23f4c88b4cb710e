using Graph.Ingestion;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Ingestion.Tests;

public sealed class IngestReportTests
{
    [Fact]
    public void SkippedByReason_CountsWhatExtractionDidNotRead_OverEveryArticleRead()
    {
        var report = IngestReport.Of(
        [
            Result("a.txt", ArticleStatus.Added, new SkippedText(new TextSpan(0, 10), "boilerplate"), new SkippedText(new TextSpan(20, 40), "language:fr")),
            Result("b.txt", ArticleStatus.Unchanged, new SkippedText(new TextSpan(5, 9), "boilerplate")),
            Result("c.txt", ArticleStatus.Added),
            new ArticleResult("d.txt", ArticleStatus.Failed, "d.txt: empty file"),
        ]);

        Assert.Equal(new Dictionary<string, int> { ["boilerplate"] = 2, ["language:fr"] = 1 }, report.SkippedByReason);
        Assert.Equal(["boilerplate", "language:fr"], report.SkippedByReason.Keys);
        Assert.Equal(3, report.Skipped);
    }

    private static ArticleResult Result(string path, ArticleStatus status, params SkippedText[] skipped)
    {
        var document = new ArticleDocument(path, null, "Body of " + path);
        return new ArticleResult(path, status, null, document, new ArticleExtraction(path, document.Id, null, [], [], skipped));
    }
}
