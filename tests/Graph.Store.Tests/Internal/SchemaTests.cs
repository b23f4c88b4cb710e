using Graph.Model;
using Graph.Store.Internal;
using Graph.Testing;
using Microsoft.Data.Sqlite;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests.Internal;

/// <summary>The schema's version and its upgrade, seen through <see cref="GraphStore.Open"/>.</summary>
public sealed class SchemaTests : IDisposable
{
    /// <summary>The tables as schema version 1 wrote them: no fact status, no reported source.</summary>
    private const string Version1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE articles (id TEXT PRIMARY KEY, file_name TEXT NOT NULL, title TEXT, published TEXT, source TEXT, url TEXT,
            content_hash TEXT NOT NULL UNIQUE);
        CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE aliases (entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)) WITHOUT ROWID;
        CREATE TABLE mentions (entity_id TEXT NOT NULL REFERENCES entities(id), article_id TEXT NOT NULL REFERENCES articles(id),
            count INTEGER NOT NULL, PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID;
        CREATE TABLE relations (id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES entities(id), predicate TEXT NOT NULL,
            object_id TEXT NOT NULL REFERENCES entities(id), title TEXT);
        CREATE TABLE evidence (relation_id TEXT NOT NULL REFERENCES relations(id), article_id TEXT NOT NULL REFERENCES articles(id),
            sentence_index INTEGER NOT NULL, sentence TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, date TEXT,
            place_id TEXT REFERENCES entities(id), confidence REAL NOT NULL,
            PRIMARY KEY (relation_id, article_id, sentence_index)) WITHOUT ROWID;
        INSERT INTO meta VALUES ('schema_version', '1');
        INSERT INTO articles VALUES ('article:00000000000000aa', 'old.txt', 'Old news', '2017-06-05', NULL, NULL, 'aa');
        INSERT INTO entities VALUES ('country:ruritania', 'Country', 'Ruritania'), ('country:borduria', 'Country', 'Borduria');
        INSERT INTO mentions VALUES ('country:ruritania', 'article:00000000000000aa', 2), ('country:borduria', 'article:00000000000000aa', 1);
        INSERT INTO relations VALUES ('rel:4890ea12b152aa72', 'country:ruritania', 'ATTACK', 'country:borduria', NULL);
        INSERT INTO evidence VALUES ('rel:4890ea12b152aa72', 'article:00000000000000aa', 0, 'Ruritania attacked Borduria.', 0, 28,
            '2017-06-05', NULL, 0.9);
        """;

    /// <summary>Version 1 upgraded by the statements of version 2's time, without the resolution tables.</summary>
    private const string Version2 = Version1 + """
        ALTER TABLE relations ADD COLUMN status TEXT NOT NULL DEFAULT 'asserted';
        ALTER TABLE evidence ADD COLUMN source_id TEXT REFERENCES entities(id);
        UPDATE meta SET value = '2' WHERE key = 'schema_version';
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_NewStore_HasTheCurrentVersionAndTheStatusAndSourceColumns()
    {
        string path = _temp.File("new.db");

        using (GraphStore.Open(path))
        {
        }

        Assert.Equal("4", Scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Contains("status", Columns(path, "relations"));
        Assert.Equal(["entity_id", "into_id", "reason"], Columns(path, "merges"));
        Assert.Contains("source_id", Columns(path, "evidence"));
    }

    [Fact]
    public void Open_Version1Store_IsUpgradedInPlace_ItsRelationsAssertedWithTheirIds()
    {
        string path = _temp.File("old.db");
        Run(path, Version1);

        using (var store = GraphStore.Open(path))
        {
            var relation = Assert.Single(store.Relations());
            Assert.Equal("rel:4890ea12b152aa72", relation.Id);
            Assert.Equal(StableId.Relation("country:ruritania", Predicate.Attack, "country:borduria", null, FactStatus.Asserted), relation.Id);
            Assert.Equal(FactStatus.Asserted, relation.Status);
            Assert.Null(relation.Evidence.Single().SourceId);
            Assert.Equal(1, store.Statistics().RelationsByPredicate["ATTACK"]);

            // The same fact from a new article joins the old relation; an alleged one is a relation of its own.
            var ruritania = Entity(EntityType.Country, "Ruritania");
            var borduria = Entity(EntityType.Country, "Borduria");
            var article = Article("new.txt", "Ruritania attacked Borduria again, Borduria said.");
            store.Ingest(article, Extraction(article, [ruritania, borduria],
            [
                Fact(ruritania, Predicate.Attack, borduria, 0),
                Fact(ruritania, Predicate.Attack, borduria, 1, status: FactStatus.Alleged, source: borduria.Id),
            ]));
            Assert.Equal(2, store.Relations().Single(r => r.Id == relation.Id).Evidence.Count);
            Assert.Equal(borduria.Id, store.Relations().Single(r => r.Status == FactStatus.Alleged).Evidence.Single().SourceId);
        }

        Assert.Equal("4", Scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        using var reopened = GraphStore.Open(path);
        Assert.Equal(2, reopened.Relations().Count());
    }

    [Fact]
    public void Open_Version2Store_GainsTheResolutionTables_AndReadsAsBeforeUntilResolved()
    {
        string path = _temp.File("v2.db");
        Run(path, Version2 + """
            INSERT INTO entities VALUES ('country:ruritanian_republic', 'Country', 'Ruritanian Republic');
            INSERT INTO aliases VALUES ('country:ruritanian_republic', 'Ruritania');
            """);

        using (var store = GraphStore.Open(path))
        {
            Assert.Equal(3, store.Entities().Count());
            Assert.Equal(["ambiguous_aliases", "merged_relations", "merges"], Tables(path).Where(t => t is "merges" or "merged_relations" or "ambiguous_aliases").Order(StringComparer.Ordinal));
            Assert.Equal("4", Scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'"));

            File.WriteAllText(path + ".entities.tsv", "merge country:ruritania country:ruritanian_republic\n");
            var outcome = store.ResolveEntities();

            Assert.Empty(outcome.Errors);
            Assert.Equal(["country:borduria", "country:ruritania"], store.Entities().Select(e => e.Id));
            Assert.Equal(["Ruritanian Republic"], store.Entities().Single(e => e.Id == "country:ruritania").Aliases);
            Assert.Equal("rel:4890ea12b152aa72", Assert.Single(store.Relations()).Id);
        }
    }

    [Fact]
    public void Open_Version3Store_GainsTheRetiredKeys_AndASplitAfterwardsRetiresWhatTheMergeGave()
    {
        // A version 3 store pushed with a merge, without the table of retired keys.
        string path = _temp.File("v3.db");
        Run(path, Version2 + """
            UPDATE meta SET value = '3' WHERE key = 'schema_version';
            INSERT INTO articles VALUES ('article:00000000000000bb', 'new.txt', 'New news', '2017-06-06', NULL, NULL, 'bb');
            INSERT INTO entities VALUES ('country:ruritanian_republic', 'Country', 'Ruritanian Republic');
            INSERT INTO mentions VALUES ('country:ruritanian_republic', 'article:00000000000000bb', 1);
            """ + Schema.Resolution);
        File.WriteAllText(path + ".entities.tsv", "merge country:borduria country:ruritanian_republic\n");
        using (var store = GraphStore.Open(path))
        {
            store.ResolveEntities();
        }

        Run(path, "DROP TABLE retired_keys; UPDATE meta SET value = '3' WHERE key = 'schema_version';");

        using (var store = GraphStore.Open(path))
        {
            Assert.Equal("4", Scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
            Assert.Contains("retired_keys", Tables(path));
            Assert.Empty(store.RetiredLinks());

            File.AppendAllText(path + ".entities.tsv", "split country:borduria country:ruritanian_republic\n");
            store.ResolveEntities();

            // The merge gave Borduria the republic's mention: the split takes it back.
            Assert.Equal(
                [new RetiredLink(RetiredLinkKind.Mention, "country:borduria", "article:00000000000000bb")],
                store.RetiredLinks());
        }
    }

    [Fact]
    public void Open_Version1StoreThatCannotBeUpgraded_IsRefusedInOneLine_AndLeftAsItWas()
    {
        // A version 1 store whose evidence table already has a source_id column: the second step of the
        // upgrade fails after the first has run, so the whole upgrade must roll back.
        string path = _temp.File("odd.db");
        Run(path, Version1 + "ALTER TABLE evidence ADD COLUMN source_id TEXT;");

        var error = Assert.Throws<StoreException>(() => GraphStore.Open(path));

        Assert.StartsWith(path + ": store schema version 1 cannot be upgraded to 2 (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("1", Scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.DoesNotContain("status", Columns(path, "relations"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    public void Open_StoreOfAnUnknownVersion_IsRefused(string version)
    {
        string path = _temp.File("other.db");
        Run(path, Version1.Replace("('schema_version', '1')", $"('schema_version', '{version}')", StringComparison.Ordinal));

        var error = Assert.Throws<StoreException>(() => GraphStore.Open(path));

        Assert.Equal($"{path}: store schema version {version} is not supported (expected 4)", error.Message);
        Assert.DoesNotContain("status", Columns(path, "relations"));
    }

    private static void Run(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private static List<string> Tables(string path)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static List<string> Columns(string path, string table)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
