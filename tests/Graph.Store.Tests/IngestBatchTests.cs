using Graph.Model;
using Graph.Testing;
using Microsoft.Data.Sqlite;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

public sealed class IngestBatchTests : IDisposable
{
    private static readonly Model.Extraction.ExtractedEntity Ruritania = Entity(EntityType.Country, "Ruritania");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Batch_CommitsEveryNArticles_AndTheRestOnDispose()
    {
        string path = _temp.File("g.db");
        using var store = GraphStore.Open(path);
        using (store.BeginBatch(minArticlesPerCommit: 2, maxArticlesPerCommit: 2))
        {
            for (int i = 0; i < 3; i++)
            {
                var article = Article($"{i}.txt", $"Body {i}.");
                store.Ingest(article, Extraction(article, [Ruritania], []));
            }

            // Another reader sees the first commit only; the writer sees its own uncommitted article too.
            Assert.Equal(2L, CountFromOtherConnection(path));
            Assert.Equal(3, store.Statistics().Articles);
            Assert.True(store.Contains(Article("2.txt", "Body 2.").ContentHash));
        }

        Assert.Equal(3L, CountFromOtherConnection(path));
    }

    [Fact]
    public void Batch_CommitsGrowWithTheStore_WithinTheBounds()
    {
        string path = _temp.File("g.db");
        using var store = GraphStore.Open(path);
        var committed = new List<long>();
        using (store.BeginBatch(minArticlesPerCommit: 1, maxArticlesPerCommit: 4))
        {
            for (int i = 0; i < 15; i++)
            {
                var article = Article($"{i}.txt", $"Body {i}.");
                store.Ingest(article, Extraction(article, [Ruritania], []));
                committed.Add(CountFromOtherConnection(path));
            }
        }

        // Commits of 1, 1, 2, 4, then at most 4: after the 1st, 2nd, 4th, 8th and 12th article.
        Assert.Equal([1L, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 12, 12, 12, 12], committed);
        Assert.Equal(15L, CountFromOtherConnection(path));
    }

    [Fact]
    public void Batch_FailingArticle_LeavesNoPartOfItAndKeepsTheOthers()
    {
        string path = _temp.File("g.db");
        using (var store = GraphStore.Open(path))
        using (store.BeginBatch())
        {
            var first = Article("a.txt", "First.");
            var broken = Article("b.txt", "Broken.");
            var last = Article("c.txt", "Last.");
            store.Ingest(first, Extraction(first, [Ruritania], []));
            Assert.Throws<ArgumentNullException>(() => store.Ingest(broken, Extraction(broken, [Entity(EntityType.Country, "Borduria") with { Name = null! }], [])));
            store.Ingest(last, Extraction(last, [Ruritania], []));
        }

        using var reopened = GraphStore.Open(path);
        Assert.Equal(["a.txt", "c.txt"], reopened.Articles().Select(a => a.FileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(reopened.Entities(), e => e.Type == EntityType.Country && e.Name != "Ruritania");
        Assert.Equal(2, reopened.Mentions().Count());
    }

    [Fact]
    public void Batch_StoreClosedWithoutEndingIt_KeepsEveryWholeArticle()
    {
        string path = _temp.File("g.db");
        using (var store = GraphStore.Open(path))
        {
#pragma warning disable CA2000 // Closing the store, not the batch, is what is tested.
            _ = store.BeginBatch();
#pragma warning restore CA2000
            var article = Article("a.txt", "Body.");
            store.Ingest(article, Extraction(article, [Ruritania], []));
        }

        Assert.Equal(1L, CountFromOtherConnection(path));
    }

    [Fact]
    public void BeginBatch_Twice_IsRefused()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        using var batch = store.BeginBatch();

        Assert.Throws<InvalidOperationException>(() => store.BeginBatch());
    }

    [Fact]
    public void ContentHashes_ListsEveryStoredArticle()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var a = Article("a.txt", "One.");
        var b = Article("b.txt", "Two.");
        store.Ingest(a, Extraction(a, [Ruritania], []));
        store.Ingest(b, Extraction(b, [Ruritania], []));

        Assert.Equal(new HashSet<string> { a.ContentHash, b.ContentHash }, store.ContentHashes());
    }

    private static long CountFromOtherConnection(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }
}
