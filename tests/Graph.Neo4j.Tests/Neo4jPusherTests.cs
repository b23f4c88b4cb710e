using Graph.Bolt;
using Graph.Model;
using Graph.Neo4j.Tests.Support;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jPusherTests
{
    private sealed class ListProgress : IProgress<Neo4jPushProgress>
    {
        public List<Neo4jPushProgress> Reports { get; } = [];

        public void Report(Neo4jPushProgress value) => Reports.Add(value);
    }

    /// <summary>A source that records which of its sequences are read, and how often its size is asked.</summary>
    private sealed class ReadCountingSource(IGraphSource inner) : IGraphSource
    {
        public List<string> Reads { get; } = [];

        public int Sizes { get; private set; }

        public IEnumerable<StoredArticle> Articles() => Read("articles", inner.Articles());

        public IEnumerable<Entity> Entities() => Read("entities", inner.Entities());

        public IEnumerable<Mention> Mentions() => Read("mentions", inner.Mentions());

        public IEnumerable<Relation> Relations() => Read("relations", inner.Relations());

        public GraphSize Size()
        {
            Sizes++;
            return inner.Size();
        }

        private IEnumerable<T> Read<T>(string name, IEnumerable<T> items)
        {
            Reads.Add(name);
            foreach (T item in items)
            {
                yield return item;
            }
        }
    }

    [Fact]
    public async Task PushAsync_SendsSchemaFirst_ThenEveryBatchAsParameters()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var runner = new InMemoryNeo4j();
        var expected = GraphBatches.Enumerate(source, 3).ToList();

        // Act
        var result = await new Neo4jPusher(runner, new Neo4jPushOptions { BatchSize = 3 }).PushAsync(source);

        // Assert
        Assert.Equal(GraphStatements.Schema, runner.Calls.Take(GraphStatements.Schema.Count).Select(c => c.Query));
        var batchCalls = runner.Calls.Skip(GraphStatements.Schema.Count).ToList();
        Assert.Equal(expected.Select(b => b.Statement.Text), batchCalls.Select(c => c.Query));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal([CypherStatement.RowsParameter], batchCalls[i].Parameters.Keys);
            Assert.Equal(expected[i].Rows.Count, ((IReadOnlyList<IReadOnlyDictionary<string, object?>>)batchCalls[i].Parameters["rows"]!).Count);
        }

        long rows = expected.Sum(b => (long)b.Rows.Count);
        Assert.Equal(expected.Count, result.Batches);
        Assert.Equal(rows, result.Rows);
        Assert.False(result.ChangedNothing);
    }

    [Fact]
    public async Task PushAsync_ToAnEmptyGraph_CreatesEveryNodeAndRelationship_AndCountsWhatItCreated()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var server = new InMemoryNeo4j();
        int events = source.Relations().Where(r => r.Info.IsAction).Sum(r => r.Evidence.Count);
        int roles = source.Relations().Where(r => r.Info.IsAction).SelectMany(r => r.Evidence)
            .Sum(e => 3 + (e.PlaceId is null ? 0 : 1) + (e.SourceId is null ? 0 : 1));

        // Act
        var result = await new Neo4jPusher(server, new Neo4jPushOptions { BatchSize = 3 }).PushAsync(source);

        // Assert
        Assert.Equal(source.Articles().Count() + source.Entities().Count() + events, server.Nodes.Count);
        Assert.Equal(source.Mentions().Count() + source.Relations().Count() + roles, server.Relationships.Count);
        Assert.Equal(server.Nodes.Count, result.Counters.NodesCreated);
        Assert.Equal(server.Relationships.Count, result.Counters.RelationshipsCreated);
        Assert.Equal(3, result.Counters.ConstraintsAdded);
        var person = source.Entities().First(e => e.Type == Model.EntityType.Person);
        var node = Assert.Single(server.Nodes, n => n.Labels.Contains("Person"));
        Assert.Equal(["Entity", "Person"], node.Labels.Order(StringComparer.Ordinal));
        Assert.Equal(TestGraphs.Storable(person.Name), node.Properties["name"]);
        Assert.Equal(person.Aliases.Select(TestGraphs.Storable), (IEnumerable<object?>)node.Properties["aliases"]!);
    }

    [Fact]
    public async Task PushAsync_Twice_SecondPushChangesNothing()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var server = new InMemoryNeo4j();
        var pusher = new Neo4jPusher(server, new Neo4jPushOptions { BatchSize = 2 });
        await pusher.PushAsync(source);
        string before = server.Snapshot();

        // Act
        var again = await pusher.PushAsync(source);

        // Assert
        Assert.True(again.ChangedNothing);
        Assert.Equal(SummaryCounters.Empty, again.Counters);
        Assert.Equal(before, server.Snapshot());
    }

    [Fact]
    public async Task PushAsync_AfterAValueChangedInTheStore_CorrectsOnlyThatValue()
    {
        // Arrange: the same graph, one article retitled.
        var source = TestGraphs.Hostile();
        var server = new InMemoryNeo4j();
        var pusher = new Neo4jPusher(server, null);
        await pusher.PushAsync(source);
        var retitled = source.Articles().Select((a, i) => i == 0 ? a with { Title = "Corrected title" } : a).ToList();
        var changed = new InMemoryGraphSource(retitled, source.Entities(), source.Mentions(), source.Relations());

        // Act
        var result = await pusher.PushAsync(changed);

        // Assert
        Assert.Equal(0, result.Counters.NodesCreated);
        Assert.Equal(0, result.Counters.RelationshipsCreated);
        Assert.Equal(ArticlePropertyCount(retitled[0]), result.Counters.PropertiesSet);
        Assert.Single(server.Nodes, n => Equals(n.Properties.GetValueOrDefault("title"), "Corrected title"));
    }

    [Fact]
    public async Task PushAsync_ReadsTheGraphOnce_CountingItFromItsSize()
    {
        // Arrange
        var source = new ReadCountingSource(TestGraphs.Hostile());

        // Act
        await new Neo4jPusher(new InMemoryNeo4j(), new Neo4jPushOptions { BatchSize = 2 }).PushAsync(source);

        // Assert: one pass of the batches (which take the relations twice: events first, their links after).
        Assert.Equal(1, source.Sizes);
        Assert.Equal(["articles", "entities", "relations", "mentions", "relations"], source.Reads);
    }

    [Fact]
    public async Task PushAsync_ReportsProgressAfterSchemaAndEachBatch()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var progress = new ListProgress();

        // Act
        var result = await new Neo4jPusher(new InMemoryNeo4j(), new Neo4jPushOptions { BatchSize = 4 }).PushAsync(source, progress);

        // Assert
        Assert.Equal(result.Batches + 1, progress.Reports.Count);
        Assert.Equal("schema", progress.Reports[0].Step);
        Assert.All(progress.Reports, r => Assert.Equal(result.Rows, r.TotalRows));
        Assert.Equal(result.Rows, progress.Reports[^1].RowsDone);
        Assert.Equal(Enumerable.Range(0, result.Batches + 1), progress.Reports.Select(r => r.BatchNumber));
        Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.First.RowsDone < p.Second.RowsDone));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task PushAsync_ServerRejectsBatchK_NamesBatchAndServerError_AndRunningAgainCompletesTheSameGraph(int k)
    {
        // Arrange: the server rejects batch k; everything before it was committed.
        var source = TestGraphs.Hostile();
        var error = new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(42) already exists with label `Entity`");
        var server = new InMemoryNeo4j();
        server.FailAt(GraphStatements.Schema.Count + k, error);
        var pusher = new Neo4jPusher(server, new Neo4jPushOptions { BatchSize = 2 });
        var failed = GraphBatches.Enumerate(source, 2).ElementAt(k - 1);
        var reference = new InMemoryNeo4j();
        var whole = await new Neo4jPusher(reference, new Neo4jPushOptions { BatchSize = 2 }).PushAsync(source);

        // Act
        var thrown = await Assert.ThrowsAsync<Neo4jPushException>(() => pusher.PushAsync(source));
        long nodesBefore = server.Nodes.Count, relationshipsBefore = server.Relationships.Count;
        var resumed = await pusher.PushAsync(source);
        var third = await pusher.PushAsync(source);

        // Assert
        Assert.Equal(k, thrown.BatchNumber);
        Assert.Equal(failed.Statement.Name, thrown.Step);
        Assert.Equal(error.Code, thrown.Code);
        Assert.Same(error, thrown.InnerException);
        Assert.Contains($"Batch {k} ({failed.Statement.Name}, {failed.Rows.Count} rows)", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(error.Message, thrown.Message, StringComparison.Ordinal);
        Assert.True(nodesBefore < whole.Counters.NodesCreated);
        Assert.Equal(whole.Counters.NodesCreated - nodesBefore, resumed.Counters.NodesCreated);
        Assert.Equal(whole.Counters.RelationshipsCreated - relationshipsBefore, resumed.Counters.RelationshipsCreated);
        Assert.Equal(reference.Snapshot(), server.Snapshot());
        Assert.True(third.ChangedNothing);
    }

    [Fact]
    public async Task PushAsync_SchemaStatementFails_SaysSo()
    {
        var runner = new InMemoryNeo4j();
        runner.FailAt(1, new ClientException("Neo.ClientError.Security.Forbidden", "Schema operations are not allowed"));

        var thrown = await Assert.ThrowsAsync<Neo4jPushException>(() => new Neo4jPusher(runner, null).PushAsync(TestGraphs.Hostile()));

        Assert.Equal(0, thrown.BatchNumber);
        Assert.StartsWith("Schema statement failed (schema): Neo.ClientError.Security.Forbidden", thrown.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PushAsync_EveryStatementSent_LintsWithZeroDiagnostics_GivenItsParameters()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Arrange
        var runner = new InMemoryNeo4j();
        await new Neo4jPusher(runner, new Neo4jPushOptions { BatchSize = 1 }).PushAsync(TestGraphs.Hostile());

        // Act + Assert: exactly what went over the wire, with the parameter names it was sent with.
        var distinct = runner.Calls
            .Select(c => (c.Query, Keys: string.Join(",", c.Parameters.Keys.Order(StringComparer.Ordinal))))
            .Distinct()
            .ToList();
        CypherTools.AssertLintsClean(distinct.Select((c, i) => new CypherTools.LintInput(
            "sent " + i, c.Query, c.Keys.Split(',', StringSplitOptions.RemoveEmptyEntries).ToDictionary(k => k, _ => (object?)"value"))));
    }

    // Properties an article node holds: every field with a value.
    private static long ArticlePropertyCount(Model.StoredArticle article) =>
        new object?[] { article.Id, article.Title, article.Published, article.Source, article.Url, article.FileName, article.ContentHash }.Count(v => v is not null);

    [Fact]
    public void Constructor_BatchSizeBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Neo4jPusher(new InMemoryNeo4j(), new Neo4jPushOptions { BatchSize = 0 }));
    }
}
