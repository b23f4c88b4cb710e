using Graph.Model;
using Graph.Testing;
using Microsoft.Data.Sqlite;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

/// <summary>Reading a store another version wrote: damaged text is repaired, an unknown name is refused.</summary>
public sealed class GraphStoreReadingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_TextAnOlderVersionStoredUnnormalized_IsRepaired()
    {
        string path = StoreWithOneRelation("ATTACK");
        Run(path, """
            UPDATE articles SET title = 'Old' || char(1) || ' news', file_name = 'old' || char(27) || '.txt', source = 'Wire' || char(13) || char(10) || 'Desk';
            UPDATE entities SET name = 'Rurit' || char(2) || 'ania' WHERE id = 'country:ruritania';
            INSERT INTO aliases VALUES ('country:ruritania', 'Ruri' || char(65535) || 'tanian');
            UPDATE relations SET title = 'Envoy' || char(127);
            UPDATE evidence SET sentence = 'Ruritania' || char(1) || ' attacked' || char(13) || 'Borduria.';
            """);

        using var store = GraphStore.Open(path);

        var article = Assert.Single(store.Articles());
        Assert.Equal("Old news", article.Title);
        Assert.Equal("old.txt", article.FileName);
        Assert.Equal("Wire\nDesk", article.Source);
        var ruritania = store.Entities().Single(e => e.Id == "country:ruritania");
        Assert.Equal("Ruritania", ruritania.Name);
        Assert.Equal(["Ruritanian"], ruritania.Aliases); // the stored name, once repaired, is no alias of itself
        var relation = Assert.Single(store.Relations());
        Assert.Equal("Envoy", relation.Title);
        Assert.Equal("Ruritania attacked\nBorduria.", relation.Evidence.Single().Sentence);
    }

    [Fact]
    public void Relations_UnknownPredicateInTheStore_IsRefusedNamingIt()
    {
        string path = StoreWithOneRelation("TELEPORT");
        using var store = GraphStore.Open(path);

        var error = Assert.Throws<StoreException>(() => store.Relations().ToList());

        Assert.Equal($"{path}: unknown predicate 'TELEPORT' in relation {RelationId}", error.Message);
    }

    private const string RelationId = "rel:0000000000000001";

    private string StoreWithOneRelation(string predicate)
    {
        string path = _temp.File("g.db");
        var ruritania = Entity(EntityType.Country, "Ruritania");
        var borduria = Entity(EntityType.Country, "Borduria");
        var article = Article("a.txt", "Ruritania attacked Borduria.");
        using (var store = GraphStore.Open(path))
        {
            store.Ingest(article, Extraction(article, [ruritania, borduria], []));
        }

        Run(path, $"""
            INSERT INTO relations (id, subject_id, predicate, object_id, title, status)
            VALUES ('{RelationId}', 'country:ruritania', '{predicate}', 'country:borduria', NULL, 'asserted');
            INSERT INTO evidence (relation_id, article_id, sentence_index, sentence, span_start, span_end, date, place_id, confidence, source_id)
            VALUES ('{RelationId}', '{article.Id}', 0, 'Ruritania attacked Borduria.', 0, 28, NULL, NULL, 0.9, NULL);
            """);
        return path;
    }

    private static void Run(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
