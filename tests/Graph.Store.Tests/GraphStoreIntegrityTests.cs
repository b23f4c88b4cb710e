using Graph.Model;
using Graph.Testing;
using Microsoft.Data.Sqlite;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

public sealed class GraphStoreIntegrityTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CheckIntegrity_StoreWrittenByIngest_FindsNothing()
    {
        using var store = OneArticleStore("Rurit\u0001ania attacked \uD800Borduria.\r\nThe end\uFFFF.");

        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void CheckIntegrity_UnnormalizedTextAndUnknownNames_NamesEachProblem()
    {
        using (OneArticleStore("Ruritania attacked Borduria."))
        {
        }

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.File("g.db"), Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE articles SET title = 'Old' || char(1) || ' news';
                UPDATE entities SET type = 'Planet' WHERE id = 'country:borduria';
                """;
            command.ExecuteNonQuery();
        }

        using var store = GraphStore.Open(_temp.File("g.db"));
        var problems = store.CheckIntegrity();

        Assert.Equal(["unknown entity type 'Planet'", "articles.title: text not normalized: Old\\u0001 news"], problems);
    }

    private GraphStore OneArticleStore(string body)
    {
        var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", body);
        store.Ingest(article, Extraction(article, [Entity(EntityType.Country, "Rurit\u0001ania"), Entity(EntityType.Country, "Borduria")], []));
        return store;
    }
}
