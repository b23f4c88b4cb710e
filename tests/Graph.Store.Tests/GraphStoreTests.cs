using Graph.Model;
using Graph.Model.Extraction;
using Graph.Testing;
using Microsoft.Data.Sqlite;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

public sealed class GraphStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static readonly ExtractedEntity Ruritania = Entity(EntityType.Country, "Ruritania", "Ruritanian");
    private static readonly ExtractedEntity Borduria = Entity(EntityType.Country, "Borduria");
    private static readonly ExtractedEntity Minister = Entity(EntityType.Person, "Anna Kovacs", "Kovacs");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_SameArticleTwice_SecondIsUnchangedAndNothingMoves()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", "Ruritania cut ties with Borduria.");
        var extraction = Extraction(article, [Ruritania, Borduria], [Fact(Ruritania, Predicate.BreakRelations, Borduria)]);

        Assert.Equal(IngestOutcome.Added, store.Ingest(article, extraction));
        var before = Snapshot(store);
        Assert.Equal(IngestOutcome.Unchanged, store.Ingest(article, extraction));

        Assert.Equal(before, Snapshot(store));
    }

    [Fact]
    public void Ingest_EntityInTwoArticles_IsOneEntityWithEvidenceFromBoth()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var first = Article("a.txt", "First.");
        var second = Article("b.txt", "Second.");
        store.Ingest(first, Extraction(first, [Ruritania, Borduria], [Fact(Ruritania, Predicate.Accuse, Borduria, 0)]));
        store.Ingest(second, Extraction(second, [Ruritania with { Aliases = ["Kingdom of Ruritania"] }, Borduria], [Fact(Ruritania, Predicate.Accuse, Borduria, 3)]));

        var ruritania = Assert.Single(store.Entities(), e => e.Id == Ruritania.Id);
        Assert.Equal(["Kingdom of Ruritania", "Ruritanian"], ruritania.Aliases);
        var relation = Assert.Single(store.Relations());
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), relation.Evidence.Select(e => e.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal(2, store.Mentions().Count(m => m.EntityId == Ruritania.Id));
    }

    [Fact]
    public void Ingest_SymmetricPredicate_MergesBothDirections()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var first = Article("a.txt", "A.");
        var second = Article("b.txt", "B.");
        store.Ingest(first, Extraction(first, [Ruritania, Borduria], [Fact(Ruritania, Predicate.Meet, Borduria)]));
        store.Ingest(second, Extraction(second, [Ruritania, Borduria], [Fact(Borduria, Predicate.Meet, Ruritania)]));

        var relation = Assert.Single(store.Relations());
        Assert.Equal(2, relation.Evidence.Count);
        Assert.True(string.CompareOrdinal(relation.SubjectId, relation.ObjectId) < 0);
    }

    [Fact]
    public void Ingest_OrderOfArticles_DoesNotChangeCanonicalNames()
    {
        var upper = Entity(EntityType.Group, "Popular Front");
        var lower = upper with { Name = "popular front" };
        var a = Article("a.txt", "One.");
        var b = Article("b.txt", "Two.");

        using var forward = GraphStore.Open(_temp.File("f.db"));
        forward.Ingest(a, Extraction(a, [upper], []));
        forward.Ingest(b, Extraction(b, [lower], []));
        using var backward = GraphStore.Open(_temp.File("b.db"));
        backward.Ingest(b, Extraction(b, [lower], []));
        backward.Ingest(a, Extraction(a, [upper], []));

        Assert.Equal(forward.Entities().Single(), backward.Entities().Single(), new EntityComparer());
        Assert.Equal(["popular front"], forward.Entities().Single().Aliases);
    }

    [Fact]
    public void Ingest_NameInCapitalsAndAsWritten_KeepsTheNameAsWrittenWhateverTheOrder()
    {
        var written = Entity(EntityType.Person, "Ada N. Okafor");
        var capitals = written with { Name = "ADA N. OKAFOR" };
        var a = Article("a.txt", "One.");
        var b = Article("b.txt", "Two.");

        using var forward = GraphStore.Open(_temp.File("f.db"));
        forward.Ingest(a, Extraction(a, [capitals], []));
        forward.Ingest(b, Extraction(b, [written], []));
        using var backward = GraphStore.Open(_temp.File("b.db"));
        backward.Ingest(b, Extraction(b, [written], []));
        backward.Ingest(a, Extraction(a, [capitals], []));

        Assert.Equal("Ada N. Okafor", forward.Entities().Single().Name);
        Assert.Equal("Ada N. Okafor", backward.Entities().Single().Name);
    }

    [Fact]
    public void Ingest_TextWithControlCharacters_IsStoredNormalized()
    {
        string path = _temp.File("g.db");
        using var store = GraphStore.Open(path);
        var article = new ArticleDocument("a\u0001.txt", "Head\u0001line", "Body.", Source: "Wire\u0002");
        var dirty = Ruritania with { Name = "Rurit\u0007ania", Aliases = ["Ruritanian\uFFFE"] };
        var fact = Fact(dirty, Predicate.Attack, Borduria, title: "Envoy\u001b") with { Sentence = "Ruritania\u0001 attacked\r\nBorduria." };

        store.Ingest(article, Extraction(article, [dirty, Borduria], [fact]));

        var stored = Assert.Single(store.Articles());
        Assert.Equal(("a.txt", "Headline", "Wire"), (stored.FileName, stored.Title, stored.Source));
        Assert.Equal("Ruritania", store.Entities().Single(e => e.Id == Ruritania.Id).Name);
        Assert.Equal(["Ruritanian"], store.Entities().Single(e => e.Id == Ruritania.Id).Aliases);
        var relation = Assert.Single(store.Relations());
        Assert.Equal("Envoy", relation.Title);
        Assert.Equal("Ruritania attacked\nBorduria.", relation.Evidence.Single().Sentence);

        // Written clean, not only read clean: the file itself holds no character an export could not carry.
        Assert.Equal(
            "a.txt|Headline|Wire|Ruritania|Ruritanian|Envoy|Ruritania attacked\nBorduria.",
            Raw(path, """
                SELECT (SELECT file_name || '|' || title || '|' || source FROM articles)
                    || '|' || (SELECT name FROM entities WHERE id = 'country:ruritania')
                    || '|' || (SELECT group_concat(alias, ',') FROM aliases WHERE entity_id = 'country:ruritania' AND alias <> 'Ruritania')
                    || '|' || (SELECT title FROM relations) || '|' || (SELECT sentence FROM evidence)
                """));
    }

    [Fact]
    public void Ingest_FailureMidArticle_LeavesNoPartOfIt()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", "Broken.");
        var broken = Ruritania with { Name = null! };

        // The third statement of the transaction fails; the article row written before it must roll back.
        Assert.Throws<ArgumentNullException>(() => store.Ingest(article, Extraction(article, [Borduria, broken], [])));

        Assert.Empty(store.Articles());
        Assert.Empty(store.Entities());
        Assert.Empty(store.Mentions());
        Assert.False(store.Contains(article.ContentHash));
    }

    [Fact]
    public void Ingest_HoldsPosition_KeepsTitleAndPlace()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var capital = Entity(EntityType.City, "Strelsau");
        var article = Article("a.txt", "Minister.");
        store.Ingest(article, Extraction(article, [Minister, Ruritania, capital],
            [Fact(Minister, Predicate.HoldsPosition, Ruritania, title: "Foreign Minister", place: capital.Id),
             Fact(Minister, Predicate.Visit, Borduria)]));

        var relation = Assert.Single(store.Relations());
        Assert.Equal("Foreign Minister", relation.Title);
        Assert.Equal(capital.Id, relation.Evidence.Single().PlaceId);
    }

    [Fact]
    public void Statistics_CountsEntitiesRelationsEvidenceAndEvents()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", "Stats.", new DateOnly(2024, 5, 1));
        store.Ingest(article, Extraction(article, [Ruritania, Borduria, Minister],
            [Fact(Ruritania, Predicate.BreakRelations, Borduria, 0), Fact(Minister, Predicate.HoldsPosition, Ruritania, 1, "Foreign Minister")]));

        var stats = store.Statistics();

        Assert.Equal(1, stats.Articles);
        Assert.Equal(2, stats.EntitiesByType[EntityType.Country]);
        Assert.Equal(1, stats.EntitiesByType[EntityType.Person]);
        Assert.Equal(0, stats.EntitiesByType[EntityType.City]);
        Assert.Equal(1, stats.RelationsByPredicate["BREAK_RELATIONS"]);
        Assert.Equal(2, stats.Evidence);
        Assert.Equal(1, stats.Events);
        Assert.Equal(new DateOnly(2024, 5, 1), store.Articles().Single().Published);
    }

    [Fact]
    public void Ingest_SameTripleWithAnotherStatus_IsARelationOfItsOwn()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", "Ruritania attacked Borduria. Borduria says Ruritania attacked it again. Ruritania denies it.");
        store.Ingest(article, Extraction(article, [Ruritania, Borduria, Minister],
        [
            Fact(Ruritania, Predicate.Attack, Borduria, 0),
            Fact(Ruritania, Predicate.Attack, Borduria, 1, status: FactStatus.Alleged, source: Borduria.Id),
            Fact(Ruritania, Predicate.Attack, Borduria, 2, status: FactStatus.Negated, source: Ruritania.Id),
        ]));

        var relations = store.Relations().ToList();

        Assert.Equal(3, relations.Count);
        var asserted = Assert.Single(relations, r => r.IsAsserted);
        Assert.Equal(StableId.Relation(Ruritania.Id, Predicate.Attack, Borduria.Id, null, FactStatus.Asserted), asserted.Id);
        Assert.Null(asserted.Evidence.Single().SourceId);
        var alleged = Assert.Single(relations, r => r.Status == FactStatus.Alleged);
        Assert.Equal(StableId.Relation(Ruritania.Id, Predicate.Attack, Borduria.Id, null, FactStatus.Alleged), alleged.Id);
        Assert.Equal(Borduria.Id, alleged.Evidence.Single().SourceId);
        Assert.Equal(1, alleged.Evidence.Single().SentenceIndex);
        Assert.Equal(Ruritania.Id, Assert.Single(relations, r => r.Status == FactStatus.Negated).Evidence.Single().SourceId);
    }

    [Fact]
    public void Ingest_SourceThatIsNotAnEntityOfTheArticle_IsDropped()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", "Ruritania attacked Borduria, a spokesman said.");
        store.Ingest(article, Extraction(article, [Ruritania, Borduria],
            [Fact(Ruritania, Predicate.Attack, Borduria, source: "person:unlisted")]));

        Assert.Null(store.Relations().Single().Evidence.Single().SourceId);
    }

    [Fact]
    public void Statistics_CountAssertedFactsPerPredicate_AndUnassertedOnesPerStatus()
    {
        using var store = GraphStore.Open(_temp.File("g.db"));
        var article = Article("a.txt", "Statuses.");
        store.Ingest(article, Extraction(article, [Ruritania, Borduria, Minister],
        [
            Fact(Ruritania, Predicate.Attack, Borduria, 0),
            Fact(Ruritania, Predicate.Attack, Borduria, 1, status: FactStatus.Alleged),
            Fact(Borduria, Predicate.Attack, Ruritania, 2, status: FactStatus.Alleged),
            Fact(Minister, Predicate.Visit, Borduria, 3, status: FactStatus.Intended),
            Fact(Minister, Predicate.MemberOf, Ruritania, 4, status: FactStatus.Negated),
        ]));

        var stats = store.Statistics();

        Assert.Equal(new Dictionary<string, int> { ["ATTACK"] = 1 }, stats.RelationsByPredicate);
        Assert.Equal(1, stats.Relations);
        Assert.Equal(1, stats.Evidence);
        Assert.Equal(1, stats.Events);
        Assert.Equal(2, stats.UnassertedByStatus[FactStatus.Alleged]);
        Assert.Equal(1, stats.UnassertedByStatus[FactStatus.Intended]);
        Assert.Equal(1, stats.UnassertedByStatus[FactStatus.Negated]);
        Assert.Equal(0, stats.UnassertedByStatus[FactStatus.Hypothetical]);
        Assert.False(stats.UnassertedByStatus.ContainsKey(FactStatus.Asserted));
        Assert.Equal(4, stats.Unasserted);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_ThrowsNamingTheFile()
    {
        string path = _temp.Write("notes.db", "these are notes, not a database, and long enough to be read as a header......");

        var ex = Assert.Throws<StoreException>(() => GraphStore.Open(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ExistingStore_KeepsItsContent()
    {
        string path = _temp.File("g.db");
        var article = Article("a.txt", "Kept.");
        using (var store = GraphStore.Open(path))
        {
            store.Ingest(article, Extraction(article, [Ruritania], []));
        }

        using var reopened = GraphStore.Open(path);
        Assert.True(reopened.Contains(article.ContentHash));
        Assert.Single(reopened.Entities());
    }

    private static string? Raw(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static string Snapshot(GraphStore store) =>
        string.Join("\n", store.Articles().Select(a => a.ToString())
            .Concat(store.Entities().Select(e => e.Id + string.Join(",", e.Aliases)))
            .Concat(store.Mentions().Select(m => m.ToString()))
            .Concat(store.Relations().Select(r => r.Id + ":" + r.Evidence.Count)));

    private sealed class EntityComparer : IEqualityComparer<Entity>
    {
        public bool Equals(Entity? x, Entity? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(Entity obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
