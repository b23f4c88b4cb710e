using Graph.Bolt;
using Graph.Bolt.Testing;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests;

/// <summary>
/// <see cref="Neo4jPusher"/> through the real Bolt client against the in-process fake server: what goes
/// over the wire, in which transactions, and what happens when the server fails a batch.
/// </summary>
public sealed class PushOverBoltTests
{
    private const int BatchSize = 3;
    private const string Password = "s3cret-Pa55";

    [Fact]
    public async Task PushAsync_SendsSchemaThenUnwindBatchesOfGraphBatchesRows_EachInItsOwnCommittedTransaction()
    {
        // Arrange: the server answers every statement with counters derived from what was sent.
        var source = TestGraphs.Hostile();
        var expected = GraphBatches.Enumerate(source, BatchSize).ToList();
        var responder = new StatementResponder(CountersFor);
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));

        // Act
        Neo4jPushResult result;
        await using (var driver = CreateDriver(server, new FakeTimeProvider()))
        {
            result = await new Neo4jPusher(driver, new Neo4jPushOptions { BatchSize = BatchSize }).PushAsync(source);
        }

        await server.AssertScriptsCompletedAsync();

        // Assert: handshake and login.
        var login = Assert.Single(responder.Logins);
        Assert.Equal((5, 8), login.Version);
        Assert.Equal("basic", login.Auth["scheme"]);
        Assert.Equal("neo4j", login.Auth["principal"]);
        Assert.Equal(Password, login.Auth["credentials"]);

        // One connection, every statement a BEGIN, RUN, PULL, COMMIT, then GOODBYE when the driver closes.
        int statements = GraphStatements.Schema.Count + expected.Count;
        string[] perStatement = ["BEGIN", "RUN", "PULL", "COMMIT"];
        Assert.Equal(
            new[] { "HELLO", "LOGON" }.Concat(Enumerable.Repeat(perStatement, statements).SelectMany(x => x)).Append("GOODBYE"),
            server.ReceivedNames);

        // Schema first, then the batches in order, each with exactly GraphBatches' rows as $rows.
        var runs = responder.Runs;
        Assert.Equal(GraphStatements.Schema.Concat(expected.Select(b => b.Statement.Text)), runs.Select(r => r.Query));
        Assert.All(runs.Take(GraphStatements.Schema.Count), r => Assert.Empty(r.Parameters));
        var batchRuns = runs.Skip(GraphStatements.Schema.Count).ToList();
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.StartsWith("UNWIND $rows AS row\n", batchRuns[i].Query, StringComparison.Ordinal);
            Assert.Equal([CypherStatement.RowsParameter], batchRuns[i].Parameters.Keys);
            Assert.Equal(BoltValueText.Canonical(expected[i].Rows), BoltValueText.Canonical(batchRuns[i].Parameters["rows"]));
        }

        Assert.Equal(statements, runs.Select(r => r.Transaction).Distinct().Count());
        Assert.All(runs, r => Assert.False(r.AutoCommit));
        Assert.All(runs, r => Assert.NotEqual("r", r.TransactionExtra.GetValueOrDefault("mode")));
        Assert.Equal(runs, responder.CommittedRuns);

        // The result sums the server's counters.
        long rows = expected.Sum(b => (long)b.Rows.Count);
        Assert.Equal(expected.Count, result.Batches);
        Assert.Equal(rows, result.Rows);
        Assert.Equal(expected.Where(b => !b.Statement.IsRelationship).Sum(b => (long)b.Rows.Count), result.Counters.NodesCreated);
        Assert.Equal(expected.Where(b => b.Statement.IsRelationship).Sum(b => (long)b.Rows.Count), result.Counters.RelationshipsCreated);
        Assert.Equal(GraphStatements.Schema.Count(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)), result.Counters.ConstraintsAdded);
        Assert.Equal(GraphStatements.Schema.Count(s => s.StartsWith("CREATE INDEX", StringComparison.Ordinal)), result.Counters.IndexesAdded);
        Assert.False(result.ChangedNothing);
    }

    [Fact]
    public async Task PushAsync_StatusAndSource_ReachTheServerAsParameters()
    {
        // Arrange: the hostile graph has an alleged DEMAND beside the asserted one, and sources
        var source = TestGraphs.Hostile();
        var alleged = source.Relations().Single(r => r.Predicate == Model.Predicate.Demand && r.Status == Model.FactStatus.Alleged);
        var evidence = Assert.Single(alleged.Evidence);
        var responder = new StatementResponder(CountersFor);
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));

        // Act
        await using (var driver = CreateDriver(server, new FakeTimeProvider()))
        {
            await new Neo4jPusher(driver, new Neo4jPushOptions { BatchSize = BatchSize }).PushAsync(source);
        }

        // Assert: as the server decoded them, the rows carry the statuses and the ACCORDING_TO links
        string Sent(CypherStatement statement) =>
            string.Join("\n", responder.Runs.Where(r => r.Query == statement.Text).Select(r => BoltValueText.Canonical(r.Parameters["rows"])));
        string demands = Sent(GraphStatements.Relation(Model.Predicate.Demand));
        Assert.Contains("\"status\": \"alleged\"", demands, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"asserted\"", demands, StringComparison.Ordinal);
        Assert.Contains($"\"id\": \"{alleged.Id}\"", demands, StringComparison.Ordinal);
        string events = Sent(GraphStatements.EventNodes);
        Assert.Contains($"\"relation\": \"{alleged.Id}\", \"sentence\"", events, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"alleged\"", events, StringComparison.Ordinal);
        Assert.Contains(
            $"{{\"from\": \"{alleged.EventId(evidence)}\", \"to\": \"{evidence.SourceId}\"}}",
            Sent(GraphStatements.EventSources), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_ServerFailsBatchK_NamesBatchKAndServerError_EarlierBatchesStayCommitted_SecondPushCompletes()
    {
        // Arrange: the server rejects batch 4 the first time it sees it.
        const int k = 4;
        const string code = "Neo.ClientError.Schema.ConstraintValidationFailed";
        const string message = "Node(42) already exists with label `Entity` and property `id`";
        var source = TestGraphs.Hostile();
        var expected = GraphBatches.Enumerate(source, BatchSize).ToList();
        Assert.True(expected.Count > k, "the test graph must have more than k batches");
        int seen = 0;
        var responder = new StatementResponder(run =>
            ++seen == GraphStatements.Schema.Count + k ? StatementAnswer.Failure(code, message) : CountersFor(run));
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        await using var driver = CreateDriver(server, new FakeTimeProvider());
        var pusher = new Neo4jPusher(driver, new Neo4jPushOptions { BatchSize = BatchSize });

        // Act
        var thrown = await Assert.ThrowsAsync<Neo4jPushException>(() => pusher.PushAsync(source));
        var afterFailure = responder.CommittedRuns;
        var runsAfterFailure = responder.Runs;
        var second = await pusher.PushAsync(source);

        // Assert: the error names batch k, its statement and the server's code and message.
        Assert.Equal(k, thrown.BatchNumber);
        Assert.Equal(expected[k - 1].Statement.Name, thrown.Step);
        Assert.Equal(code, thrown.Code);
        Assert.Contains($"Batch {k} ({expected[k - 1].Statement.Name}, {expected[k - 1].Rows.Count} rows)", thrown.Message, StringComparison.Ordinal);
        Assert.Contains($"{code}: {message}", thrown.Message, StringComparison.Ordinal);

        // Schema and batches 1..k-1 were committed; batch k was sent but never committed, and nothing after it was sent.
        var sentBefore = GraphStatements.Schema.Concat(expected.Take(k - 1).Select(b => b.Statement.Text)).ToList();
        Assert.Equal(sentBefore, afterFailure.Select(r => r.Query));
        Assert.Equal(sentBefore.Append(expected[k - 1].Statement.Text), runsAfterFailure.Select(r => r.Query));
        Assert.DoesNotContain(runsAfterFailure[^1], afterFailure);
        Assert.Contains("RESET", server.ReceivedNames);

        // The second push, from the start, commits every batch, batch k included.
        Assert.Equal(expected.Count, second.Batches);
        var secondRuns = responder.CommittedRuns.Skip(afterFailure.Count).ToList();
        Assert.Equal(GraphStatements.Schema.Concat(expected.Select(b => b.Statement.Text)), secondRuns.Select(r => r.Query));
        Assert.Equal(
            BoltValueText.Canonical(expected[k - 1].Rows),
            BoltValueText.Canonical(secondRuns[GraphStatements.Schema.Count + k - 1].Parameters["rows"]));
    }

    [Fact]
    public async Task PushAsync_TransientErrorOnABatch_IsRetriedByTheManagedTransaction()
    {
        // Arrange: a deadlock on batch 2's first attempt.
        var source = TestGraphs.Hostile();
        var expected = GraphBatches.Enumerate(source, BatchSize).ToList();
        int seen = 0;
        var responder = new StatementResponder(run =>
            ++seen == GraphStatements.Schema.Count + 2
                ? StatementAnswer.Failure("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
                : CountersFor(run));
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var clock = new FakeTimeProvider();

        // Act
        Neo4jPushResult result;
        await using (var driver = CreateDriver(server, clock))
        {
            result = await new Neo4jPusher(driver, new Neo4jPushOptions { BatchSize = BatchSize }).PushAsync(source);
        }

        // Assert: batch 2 was sent twice, the first attempt rolled back, the second committed after one back-off.
        Assert.Equal(expected.Count, result.Batches);
        string batch2 = expected[1].Statement.Text;
        var attempts = responder.Runs.Skip(GraphStatements.Schema.Count + 1).Take(2).ToList();
        Assert.All(attempts, a => Assert.Equal(batch2, a.Query));
        Assert.Equal(BoltValueText.Canonical(attempts[0].Parameters), BoltValueText.Canonical(attempts[1].Parameters));
        Assert.DoesNotContain(attempts[0], responder.CommittedRuns);
        Assert.Contains(attempts[1], responder.CommittedRuns);
        Assert.Equal(GraphStatements.Schema.Concat(expected.Select(b => b.Statement.Text)), responder.CommittedRuns.Select(r => r.Query));
        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Delays);
        Assert.Equal(expected.Sum(b => (long)b.Rows.Count), result.Rows);
    }

    /// <summary>The counters a server would report: one node or relationship per row, one per schema object.</summary>
    private static StatementAnswer CountersFor(RecordedRun run)
    {
        if (run.Query.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
        {
            return StatementAnswer.Updates(("constraints-added", 1));
        }

        if (run.Query.StartsWith("CREATE INDEX", StringComparison.Ordinal))
        {
            return StatementAnswer.Updates(("indexes-added", 1));
        }

        if (!run.Parameters.TryGetValue(CypherStatement.RowsParameter, out object? rows) || rows is not IEnumerable<object?> list)
        {
            return StatementAnswer.Empty;
        }

        var statement = GraphStatements.All.Single(s => s.Text == run.Query);
        return StatementAnswer.Updates((statement.IsRelationship ? "relationships-created" : "nodes-created", list.Count()));
    }

    private static BoltDriver CreateDriver(FakeBoltServer server, FakeTimeProvider clock) =>
        BoltDriver.Create($"bolt://{server.Address}", AuthTokens.Basic("neo4j", Password), Scripts.Options(clock));
}
