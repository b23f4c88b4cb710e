using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;

namespace Graph.Ingestion.Tests;

public sealed class IngestorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_CancelledPartWay_ReportsWhatWasStored_AndRunningAgainContinues()
    {
        // Arrange: 40 articles; cancel once 12 are stored.
        for (int i = 0; i < 40; i++)
        {
            _temp.Write($"in/{i:D2}.txt", $"Article number {i}.\n\nIts only paragraph, number {i}.");
        }

        using var store = GraphStore.Open(_temp.File("graph.db"));
        var ingestor = new Ingestor(store, d => new ArticleExtraction(d.FileName, d.Id, null, [], []));
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgressStub(p =>
        {
            if (p.Done == 12)
            {
                cancel.Cancel();
            }
        });

        // Act
        var interrupted = ingestor.Run([_temp.File("in")], progress, cancel.Token);
        int storedAfterInterrupt = store.Statistics().Articles;
        var resumed = ingestor.Run([_temp.File("in")]);

        // Assert
        Assert.True(interrupted.Interrupted);
        Assert.Equal(40, interrupted.Found);
        Assert.Equal(12, interrupted.Results.Count);
        Assert.Equal(12, interrupted.Added);
        Assert.Equal(12, storedAfterInterrupt);
        Assert.False(resumed.Interrupted);
        Assert.Equal(12, resumed.Unchanged);
        Assert.Equal(28, resumed.Added);
        Assert.Equal(40, store.Statistics().Articles);
    }

    // Reports on the calling thread, so the cancellation lands before the next article is stored.
    private sealed class SynchronousProgressStub(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
