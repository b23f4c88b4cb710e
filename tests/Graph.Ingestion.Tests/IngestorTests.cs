using Graph.Ingestion;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;

namespace Graph.Ingestion.Tests;

public sealed class IngestorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_AgainWithOneNewFile_ExtractsOnlyThatFile()
    {
        for (int i = 0; i < 5; i++)
        {
            _temp.Write($"in/a{i}.txt", $"Headline {i}\nRuritania met Borduria on day {i}.");
        }

        using var store = GraphStore.Open(_temp.File("g.db"));
        var extracted = new List<string>();
        var ingestor = new Ingestor(store, document => Extract(document, extracted));
        var first = ingestor.Run([_temp.File("in")]);
        _temp.Write("in/a5.txt", "Headline 5\nRuritania met Borduria on day 5.");
        extracted.Clear();

        var second = ingestor.Run([_temp.File("in")]);

        Assert.Equal((5, 0, 5), (first.Added, first.Unchanged, first.Extracted));
        Assert.Equal((1, 5, 1), (second.Added, second.Unchanged, second.Extracted));
        Assert.Equal(["a5.txt"], extracted);
        Assert.Equal(6, store.Statistics().Articles);
    }

    [Fact]
    public void Run_UnchangedArticleAskedFor_IsExtractedAgainButNotStoredTwice()
    {
        _temp.Write("in/a.txt", "Headline\nRuritania met Borduria.");
        _temp.Write("in/b.txt", "Headline\nBorduria met Ruritania.");
        using var store = GraphStore.Open(_temp.File("g.db"));
        var extracted = new List<string>();
        new Ingestor(store, document => Extract(document, extracted)).Run([_temp.File("in")]);
        extracted.Clear();
        var results = new List<ArticleResult>();

        var report = new Ingestor(store, document => Extract(document, extracted)) { ExtractUnchanged = d => d.FileName == "b.txt" }
            .Run([_temp.File("in")], completed: results.Add);

        Assert.Equal(["b.txt"], extracted);
        Assert.Equal((0, 2, 1), (report.Added, report.Unchanged, report.Extracted));
        Assert.Equal([ArticleStatus.Unchanged, ArticleStatus.Unchanged], results.Select(r => r.Status));
        Assert.Null(results[0].Extraction);
        Assert.NotNull(results[1].Extraction);
    }

    [Fact]
    public void Run_ResultsComeOutInInputOrder_AndTheReportKeepsOnlyCounts()
    {
        for (int i = 0; i < 30; i++)
        {
            _temp.Write($"in/{i:D2}.txt", $"Headline {i}\nText number {i}.");
        }

        _temp.Write("in/99.txt", string.Empty);
        using var store = GraphStore.Open(_temp.File("g.db"));
        var results = new List<ArticleResult>();

        var report = new Ingestor(store, document => Extract(document, [])).Run([_temp.File("in")], completed: results.Add);

        Assert.Equal([.. Enumerable.Range(0, 30).Select(i => $"{i:D2}.txt"), "99.txt"], results.Select(r => Path.GetFileName(r.Path)));
        Assert.Equal((30, 1), (report.Added, report.Failed));
        Assert.Contains("99.txt", Assert.Single(report.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CancelledPartWay_ReportsWhatWasStored_AndRunningAgainContinues()
    {
        // Arrange: 20 articles; cancel once the fifth is stored.
        for (int i = 0; i < 20; i++)
        {
            _temp.Write($"in/{i:D2}.txt", $"Headline {i}\nText number {i}.");
        }

        string path = _temp.File("g.db");
        using var cancellation = new CancellationTokenSource();
        IngestReport interrupted;
        using (var store = GraphStore.Open(path))
        {
            var ingestor = new Ingestor(store, document => Extract(document, []));
            interrupted = ingestor.Run([_temp.File("in")], cancellationToken: cancellation.Token, completed: r =>
            {
                if (Path.GetFileName(r.Path) == "04.txt")
                {
                    cancellation.Cancel();
                }
            });
        }

        // Act
        using var reopened = GraphStore.Open(path);
        int storedAfterInterrupt = reopened.Statistics().Articles;
        var resumed = new Ingestor(reopened, document => Extract(document, [])).Run([_temp.File("in")]);

        // Assert
        Assert.True(interrupted.Interrupted);
        Assert.Equal(20, interrupted.Found);
        Assert.Equal(5, interrupted.Added);
        Assert.Equal(5, storedAfterInterrupt);
        Assert.False(resumed.Interrupted);
        Assert.Equal(5, resumed.Unchanged);
        Assert.Equal(15, resumed.Added);
        Assert.Equal(20, reopened.Statistics().Articles);
    }

    private static ArticleExtraction Extract(ArticleDocument document, List<string> extracted)
    {
        lock (extracted)
        {
            extracted.Add(document.FileName);
        }

        var ruritania = new ExtractedEntity(StableId.Entity(EntityType.Country, "Ruritania"), EntityType.Country, "Ruritania", [], [new TextSpan(0, 9)]);
        return new ArticleExtraction(document.FileName, document.Id, null, [ruritania], []);
    }
}
