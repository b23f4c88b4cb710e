using Graph.Model;
using Graph.Model.Extraction;
using Graph.Neo4j.Tests.Support;
using Graph.Store;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

/// <summary>
/// A split (or any change of entity resolution) after a push: the next push deletes the relationships, events,
/// mentions, event places and sources the earlier resolution gave the graph, and the database is then what a fresh
/// push of the store makes.
/// </summary>
public sealed class RetiredLinksTests : IDisposable
{
    private const string MergeCities = "merge city:vesna city:vesna_city\n";

    private static readonly ExtractedEntity Amara = Entity(EntityType.Person, "Amara Okafor", "President Okafor");
    private static readonly ExtractedEntity Okafor = Entity(EntityType.Person, "Okafor", "President Okafor");
    private static readonly ExtractedEntity Borduria = Entity(EntityType.Country, "Borduria");
    private static readonly ExtractedEntity Ruritania = Entity(EntityType.Country, "Ruritania");
    private static readonly ExtractedEntity Vesna = Entity(EntityType.City, "Vesna");
    private static readonly ExtractedEntity VesnaCity = Entity(EntityType.City, "Vesna City");

    private static readonly string SplitPeople = $"split {Amara.Id} {Okafor.Id}\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PushAsync_AfterASplit_DeletesOnlyWhatTheMergeGave_AndTheGraphIsAFreshPushOfTheStore()
    {
        using var store = Store();
        var server = new InMemoryNeo4j();
        var pusher = new Neo4jPusher(server, new Neo4jPushOptions { BatchSize = 2 });
        Resolve(store, MergeCities);
        await pusher.PushAsync(store);
        Resolve(store, SplitPeople);
        string stale = server.Snapshot();
        var before = (Nodes: server.Nodes.ToList(), Relationships: server.Relationships.ToList());
        int calls = server.Calls.Count;

        var result = await pusher.PushAsync(store);
        var sent = server.Calls.Skip(calls).ToList();
        var again = await pusher.PushAsync(store);

        // The database is what a fresh push of the split store makes, and was not before.
        string fresh = await FreshPush(store);
        Assert.NotEqual(fresh, stale);
        Assert.Equal(fresh, server.Snapshot());
        Assert.True(again.ChangedNothing);

        // Every deletion sent names something the merge had written, of each kind: nothing else is deleted.
        var deletions = sent.Where(c => GraphStatements.Deletions.Any(d => d.Text == c.Query))
            .SelectMany(c => Rows(c.Parameters).Select(row => (Statement: GraphStatements.Deletions.Single(d => d.Text == c.Query), Row: row)))
            .ToList();
        Assert.Equal(GraphStatements.Deletions.Skip(1).ToHashSet(), deletions.Select(d => d.Statement).ToHashSet());
        Assert.All(deletions, d => Assert.True(Held(before.Nodes, before.Relationships, d.Statement, d.Row), $"{d.Statement.Name} {CypherLiteral.Format(d.Row)}"));
        Assert.Equal(deletions.Count(d => d.Statement == GraphStatements.RetiredEvents), result.Counters.NodesDeleted);
    }

    [Fact]
    public async Task PushAsync_AfterEveryResolutionChange_EvenWithPushesMissed_IsAFreshPushOfTheStore()
    {
        using var store = Store();
        var server = new InMemoryNeo4j();
        var pusher = new Neo4jPusher(server, new Neo4jPushOptions { BatchSize = 3 });
        (string Decisions, bool Push)[] steps =
        [
            (MergeCities, true), (SplitPeople, true), (MergeCities, true), (SplitPeople, false), (MergeCities + SplitPeople, true),
            (SplitPeople, false), (MergeCities, false), (string.Empty, true), (SplitPeople + MergeCities, true),
        ];

        foreach (var (decisions, push) in steps)
        {
            Resolve(store, decisions);
            if (!push)
            {
                continue;
            }

            await pusher.PushAsync(store);
            var again = await pusher.PushAsync(store);

            Assert.Equal(await FreshPush(store), server.Snapshot());
            Assert.True(again.ChangedNothing, decisions);
        }
    }

    [Fact]
    public void Script_OfTheSplitStore_DeletesTheStaleLinksBeforeAnyMerge()
    {
        using var store = Store();
        Resolve(store, MergeCities);
        Resolve(store, SplitPeople);

        using var writer = new StringWriter();
        CypherScriptWriter.Write(store, writer);
        string script = writer.ToString();

        var link = store.RetiredLinks().First(l => l.Kind == RetiredLinkKind.Relation);
        Assert.Contains(
            $"rows: 1\nUNWIND [\n  {{from: '{link.FromId}', id: '{link.Id}', to: '{link.ToId}'}}\n] AS row\n" + GraphStatements.RetiredRelations.Body + ";\n",
            script,
            StringComparison.Ordinal);
        int firstMerge = script.IndexOf("\nMERGE (", StringComparison.Ordinal);
        Assert.All(GraphStatements.Deletions.Skip(1), d => Assert.InRange(script.IndexOf(d.Body, StringComparison.Ordinal), 0, firstMerge));
    }

    [Fact]
    public void Enumerate_DeletesLinksAfterTheNodes_OneStatementPerKind_AndCountsTheRows()
    {
        var source = new InMemoryGraphSource([], [], [], [])
        {
            RetiredEvents = ["event:1"],
            RetiredRelationships =
            [
                new RetiredLink(RetiredLinkKind.Relation, "person:a", "country:b", "rel:1"),
                new RetiredLink(RetiredLinkKind.Mention, "person:a", "article:1"),
                new RetiredLink(RetiredLinkKind.EventPlace, "event:2", "city:c"),
                new RetiredLink(RetiredLinkKind.EventSource, "event:2", "person:a"),
            ],
        };

        var batches = GraphBatches.Enumerate(source, 10).ToList();

        Assert.Equal(GraphStatements.Deletions.Skip(1), batches.Select(b => b.Statement));
        Assert.Equal(5, GraphBatches.RowCount(source.Size()));
        Assert.Equal(
            ["{id: 'event:1'}", "{from: 'person:a', id: 'rel:1', to: 'country:b'}", "{from: 'person:a', to: 'article:1'}", "{from: 'event:2', to: 'city:c'}", "{from: 'event:2', to: 'person:a'}"],
            batches.Select(b => CypherLiteral.Format(Assert.Single(b.Rows))));
        Assert.Equal(
            "UNWIND $rows AS row\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\nMATCH (a)-[x {id: row.id}]->(b)\nDELETE x",
            GraphStatements.RetiredRelations.Text);
        Assert.Equal(
            "UNWIND $rows AS row\nMATCH (a:Event {id: row.from})\nMATCH (b:Entity {id: row.to})\nMATCH (a)-[x:IN_PLACE]->(b)\nDELETE x",
            GraphStatements.RetiredEventPlaces.Text);
    }

    [Fact]
    public void Script_EscapesEveryLiteralOfARetiredLink()
    {
        string hostile = TestGraphs.HostileTexts[1];
        var source = new InMemoryGraphSource([], [], [], [])
        {
            RetiredRelationships = [new RetiredLink(RetiredLinkKind.Relation, hostile, TestGraphs.HostileTexts[2], TestGraphs.HostileTexts[5])],
        };

        using var writer = new StringWriter();
        CypherScriptWriter.Write(source, writer);

        Assert.Contains(
            $"  {{from: {CypherLiteral.Quote(hostile)}, id: {CypherLiteral.Quote(TestGraphs.HostileTexts[5])}, to: {CypherLiteral.Quote(TestGraphs.HostileTexts[2])}}}\n] AS row\n",
            writer.ToString(),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Script_WithHostileIdsInEveryDeletion_LintsClean_AndEachIdIsOneLiteralOfItself()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");
        var texts = TestGraphs.HostileTexts;
        var source = new InMemoryGraphSource([], [], [], [])
        {
            RetiredEntities = [texts[0]],
            RetiredEvents = [texts[1]],
            RetiredRelationships = Enum.GetValues<RetiredLinkKind>()
                .Select((kind, i) => new RetiredLink(kind, texts[(2 * i) + 2], texts[(2 * i) + 3], kind == RetiredLinkKind.Relation ? texts[10] : null))
                .ToList(),
        };
        using var writer = new StringWriter();
        CypherScriptWriter.Write(source, writer);

        CypherTools.AssertLintsClean([new CypherTools.LintInput("graph.cypher", writer.ToString(), new Dictionary<string, object?>())]);
        var tokens = CypherTools.Tokenize(writer.ToString());
        var ids = source.RetiredEntityIds().Concat(source.RetiredEventIds())
            .Concat(source.RetiredLinks().SelectMany(l => new[] { l.FromId, l.ToId, l.Id }).OfType<string>());
        Assert.Equal(ids.Order(StringComparer.Ordinal), tokens.Strings.Order(StringComparer.Ordinal));
        Assert.Equal(GraphStatements.Deletions.Count, tokens.Keywords.Count(k => k == "UNWIND"));
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(IReadOnlyDictionary<string, object?> parameters) =>
        (IEnumerable<IReadOnlyDictionary<string, object?>>)parameters[CypherStatement.RowsParameter]!;

    // Whether the graph held what a deletion row names.
    private static bool Held(
        List<InMemoryNeo4j.FakeNode> nodes, List<InMemoryNeo4j.FakeRelationship> relationships, CypherStatement statement, IReadOnlyDictionary<string, object?> row)
    {
        static object? Id(InMemoryNeo4j.FakeNode node) => node.Properties.GetValueOrDefault("id");
        if (!statement.IsRelationship)
        {
            return nodes.Any(n => Equals(Id(n), row["id"]));
        }

        string? type = statement == GraphStatements.RetiredMentions ? GraphLabels.MentionedIn
            : statement == GraphStatements.RetiredEventPlaces ? GraphLabels.InPlace
            : statement == GraphStatements.RetiredEventSources ? GraphLabels.AccordingTo
            : null;
        return relationships.Any(r => Equals(Id(r.From), row["from"]) && Equals(Id(r.To), row["to"])
            && (type is null ? Equals(r.Properties.GetValueOrDefault("id"), row["id"]) : r.Type == type));
    }

    private static async Task<string> FreshPush(IGraphSource source)
    {
        var fresh = new InMemoryNeo4j();
        await new Neo4jPusher(fresh, null).PushAsync(source);
        return fresh.Snapshot();
    }

    private static void Resolve(GraphStore store, string decisions)
    {
        File.WriteAllText(store.Path + ".entities.tsv", decisions);
        Assert.Empty(store.ResolveEntities().Errors);
    }

    private static ExtractedEntity Entity(EntityType type, string name, params string[] aliases) =>
        new(StableId.Entity(type, name), type, name, aliases, [new TextSpan(0, name.Length)]);

    private static ExtractedFact Fact(ExtractedEntity subject, Predicate predicate, ExtractedEntity obj, int sentence, string? place = null, string? source = null) =>
        new(subject.Id, predicate, obj.Id, $"Sentence {sentence}.", sentence, new TextSpan(sentence * 10, (sentence * 10) + 9),
            new DateOnly(2024, 5, 1), place, null, 0.8, FactStatus.Asserted, source);

    private static void Ingest(GraphStore store, string name, string body, IReadOnlyList<ExtractedEntity> entities, IReadOnlyList<ExtractedFact> facts)
    {
        var document = new ArticleDocument(name, "Headline of " + name, body, null);
        store.Ingest(document, new ArticleExtraction(document.FileName, document.Id, document.Published, entities, facts));
    }

    // "Okafor" joins "Amara Okafor" unless split (the same titled alias); "Vesna City" joins "Vesna" when the decisions
    // say so. a1: the full name accuses Borduria in Vesna. a2: the surname accuses Borduria in Vesna City, is the source
    // of an attack there, and meets Ruritania.
    private GraphStore Store()
    {
        var store = GraphStore.Open(_temp.File("graph.db"));
        Ingest(store, "a1.txt", "Amara Okafor accused Borduria in Vesna.", [Amara, Borduria, Vesna], [Fact(Amara, Predicate.Accuse, Borduria, 0, Vesna.Id)]);
        Ingest(store, "a2.txt", "Okafor accused Borduria in Vesna City. Borduria attacked Ruritania in Vesna City, Okafor said. Okafor met Ruritania.",
            [Okafor, Borduria, Ruritania, VesnaCity],
            [
                Fact(Okafor, Predicate.Accuse, Borduria, 0, VesnaCity.Id),
                Fact(Borduria, Predicate.Attack, Ruritania, 1, VesnaCity.Id, Okafor.Id),
                Fact(Okafor, Predicate.Meet, Ruritania, 2),
            ]);
        return store;
    }
}
