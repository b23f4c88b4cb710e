using Graph.Bolt;
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

    [Fact]
    public async Task PushAsync_SendsSchemaFirst_ThenEveryBatchAsParameters()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var runner = new RecordingRunner();
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
        Assert.Equal(rows, result.Counters.NodesCreated);
        Assert.Equal(2 * rows, result.Counters.PropertiesSet);
        Assert.False(result.ChangedNothing);
    }

    [Fact]
    public async Task PushAsync_ReportsProgressAfterSchemaAndEachBatch()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var progress = new ListProgress();

        // Act
        var result = await new Neo4jPusher(new RecordingRunner(), new Neo4jPushOptions { BatchSize = 4 }).PushAsync(source, progress);

        // Assert
        Assert.Equal(result.Batches + 1, progress.Reports.Count);
        Assert.Equal("schema", progress.Reports[0].Step);
        Assert.All(progress.Reports, r => Assert.Equal(result.Rows, r.TotalRows));
        Assert.Equal(result.Rows, progress.Reports[^1].RowsDone);
        Assert.Equal(Enumerable.Range(0, result.Batches + 1), progress.Reports.Select(r => r.BatchNumber));
        Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.First.RowsDone < p.Second.RowsDone));
    }

    [Fact]
    public async Task PushAsync_ServerRejectsBatch_NamesBatchAndServerError_AndRunningAgainCompletes()
    {
        // Arrange: the server rejects the third batch.
        var source = TestGraphs.Hostile();
        int failAt = GraphStatements.Schema.Count + 3;
        var error = new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(42) already exists with label `Entity`");
        var failing = new RecordingRunner(failAt, error);
        var third = GraphBatches.Enumerate(source, 2).ElementAt(2);

        // Act
        var thrown = await Assert.ThrowsAsync<Neo4jPushException>(
            () => new Neo4jPusher(failing, new Neo4jPushOptions { BatchSize = 2 }).PushAsync(source));
        var retry = new RecordingRunner();
        var result = await new Neo4jPusher(retry, new Neo4jPushOptions { BatchSize = 2 }).PushAsync(source);

        // Assert
        Assert.Equal(3, thrown.BatchNumber);
        Assert.Equal(third.Statement.Name, thrown.Step);
        Assert.Equal(error.Code, thrown.Code);
        Assert.Same(error, thrown.InnerException);
        Assert.Contains($"Batch 3 ({third.Statement.Name}, {third.Rows.Count} rows)", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(error.Message, thrown.Message, StringComparison.Ordinal);
        Assert.Equal(failAt, failing.Calls.Count);
        Assert.Equal(GraphBatches.Enumerate(source, 2).Count(), result.Batches);
    }

    [Fact]
    public async Task PushAsync_SchemaStatementFails_SaysSo()
    {
        var runner = new RecordingRunner(1, new ClientException("Neo.ClientError.Security.Forbidden", "Schema operations are not allowed"));

        var thrown = await Assert.ThrowsAsync<Neo4jPushException>(() => new Neo4jPusher(runner, null).PushAsync(TestGraphs.Hostile()));

        Assert.Equal(0, thrown.BatchNumber);
        Assert.StartsWith("Schema statement failed (schema): Neo.ClientError.Security.Forbidden", thrown.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PushAsync_EveryStatementSent_LintsWithZeroDiagnostics_GivenItsParameters()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Arrange
        var runner = new RecordingRunner();
        await new Neo4jPusher(runner, new Neo4jPushOptions { BatchSize = 1 }).PushAsync(TestGraphs.Hostile());

        // Act + Assert: exactly what went over the wire, with the parameter names it was sent with.
        var distinct = runner.Calls
            .Select(c => (c.Query, Keys: string.Join(",", c.Parameters.Keys.Order(StringComparer.Ordinal))))
            .Distinct()
            .ToList();
        CypherTools.AssertLintsClean(distinct.Select((c, i) => new CypherTools.LintInput(
            "sent " + i, c.Query, c.Keys.Split(',', StringSplitOptions.RemoveEmptyEntries).ToDictionary(k => k, _ => (object?)"value"))));
    }

    [Fact]
    public void Constructor_BatchSizeBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Neo4jPusher(new RecordingRunner(), new Neo4jPushOptions { BatchSize = 0 }));
    }
}
