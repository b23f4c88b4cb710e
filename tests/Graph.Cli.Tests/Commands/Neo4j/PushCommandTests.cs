using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Graph.Bolt.Testing;
using Graph.Cli.Tests.Support;
using Graph.Neo4j;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands.Neo4j;

/// <summary><c>graph push</c> (the real program) against the fake Bolt server on 127.0.0.1.</summary>
public sealed class PushCommandTests(BuiltStoreFixture built) : IClassFixture<BuiltStoreFixture>, IDisposable
{
    private const string Password = "pa55-Wörd-7f3c";
    private const int BatchSize = 7;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Push_CredentialsFromEnvironment_SendsEveryBatch_SummaryShowsBatchesAndRows()
    {
        // Arrange
        built.CopyTo(_temp.Path);
        var expected = built.Batches(BatchSize);
        var responder = new StatementResponder(Neo4jServerAnswers.Counters);
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var environment = new Dictionary<string, string> { ["NEO4J_USERNAME"] = "alice", ["NEO4J_PASSWORD"] = Password };

        // Act
        var result = GraphCli.Run(_temp.Path, environment, "push", "--neo4j", $"bolt://{server.Address}", "--batch-size", $"{BatchSize}");

        // Assert
        Assert.True(result.ExitCode == 0, result.StdErr);
        await server.AssertScriptsCompletedAsync();
        Assert.All(responder.Logins, l => Assert.Equal(("alice", Password), ((string?)l.Auth["principal"], (string?)l.Auth["credentials"])));
        AssertPushed(expected, responder);
        Assert.Matches(SummaryRow("batches", expected.Count), result.StdOut);
        Assert.Matches(SummaryRow("rows", expected.Sum(b => b.Rows.Count)), result.StdOut);
        Assert.Matches(SummaryRow("nodes created", expected.Where(b => !b.Statement.IsRelationship).Sum(b => b.Rows.Count)), result.StdOut);
        AssertNoPassword(result);
    }

    [Fact]
    public async Task Push_UserOptionAndPasswordFile_WinOverTheEnvironment()
    {
        // Arrange
        built.CopyTo(_temp.Path);
        string passwordFile = _temp.Write("secret/neo4j.pw", Password + "\nsecond line is ignored\n");
        var responder = new StatementResponder(Neo4jServerAnswers.Counters);
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var environment = new Dictionary<string, string> { ["NEO4J_USERNAME"] = "alice", ["NEO4J_PASSWORD"] = "env-password-unused" };

        // Act
        var result = GraphCli.Run(
            _temp.Path, environment, "push", "--neo4j", $"bolt://{server.Address}", "--user", "bob", "--password-file", passwordFile);

        // Assert
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.NotEmpty(responder.Logins);
        Assert.All(responder.Logins, l => Assert.Equal(("bob", Password), ((string?)l.Auth["principal"], (string?)l.Auth["credentials"])));
        var expected = built.Batches(GraphBatches.DefaultBatchSize);
        AssertPushed(expected, responder);
        Assert.Matches(SummaryRow("batches", expected.Count), result.StdOut);
        AssertNoPassword(result);
    }

    [Fact]
    public async Task Push_ServerRefusesLogin_ExitsOne_WithOneLineNamingTheServerError()
    {
        // Arrange
        built.CopyTo(_temp.Path);
        var responder = new StatementResponder
        {
            RefuseLogin = ("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."),
        };
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var environment = new Dictionary<string, string> { ["NEO4J_USERNAME"] = "mallory", ["NEO4J_PASSWORD"] = Password };

        // Act
        var result = GraphCli.Run(_temp.Path, environment, "push", "--neo4j", $"bolt://{server.Address}");

        // Assert
        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(ErrorsOnly(result));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", line, StringComparison.Ordinal);
        Assert.Contains("unauthorized due to authentication failure", line, StringComparison.Ordinal);
        Assert.Contains("mallory", line, StringComparison.Ordinal);
        Assert.Equal(Password, responder.Logins[0].Auth["credentials"]);
        Assert.Empty(responder.Runs);
        AssertNoPassword(result);
    }

    [Fact]
    public void Push_NobodyListening_ExitsOne_WithOneLineNamingTheUri()
    {
        // Arrange: a port that was just free.
        built.CopyTo(_temp.Path);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        string uri = $"bolt://127.0.0.1:{port}";

        // Act
        var result = GraphCli.Run(_temp.Path, new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password }, "push", "--neo4j", uri);

        // Assert
        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(ErrorsOnly(result));
        Assert.StartsWith("error: " + uri + ": cannot connect", line, StringComparison.Ordinal);
        AssertNoPassword(result);
    }

    [Fact]
    public async Task Push_ServerFailsABatch_ExitsOne_WithOneLineNamingTheBatchAndError_AndAgainCompletes()
    {
        // Arrange: batch 3 is rejected once.
        built.CopyTo(_temp.Path);
        var expected = built.Batches(BatchSize);
        int seen = 0;
        var responder = new StatementResponder(run => ++seen == GraphStatements.Schema.Count + 3
            ? StatementAnswer.Failure("Neo.ClientError.Statement.TypeError", "Property values can only be of primitive types")
            : Neo4jServerAnswers.Counters(run));
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var environment = new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password };
        string[] push = ["push", "--neo4j", $"bolt://{server.Address}", "--batch-size", $"{BatchSize}"];

        // Act
        var failed = GraphCli.Run(_temp.Path, environment, push);
        int committedAfterFailure = responder.CommittedRuns.Count;
        var again = GraphCli.Run(_temp.Path, environment, push);

        // Assert
        Assert.Equal(1, failed.ExitCode);
        string line = Assert.Single(ErrorsOnly(failed));
        Assert.Contains($"Batch 3 ({expected[2].Statement.Name}, {expected[2].Rows.Count} rows) failed", line, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Statement.TypeError: Property values can only be of primitive types", line, StringComparison.Ordinal);
        Assert.Equal(GraphStatements.Schema.Count + 2, committedAfterFailure);
        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.Matches(SummaryRow("batches", expected.Count), again.StdOut);
        AssertNoPassword(failed);
        AssertNoPassword(again);
    }

    /// <summary>The server committed the schema statements, then every batch with exactly its rows.</summary>
    internal static void AssertPushed(IReadOnlyList<GraphBatch> expected, StatementResponder responder)
    {
        var committed = responder.CommittedRuns;
        Assert.Equal(responder.Runs, committed);
        Assert.Equal(GraphStatements.Schema.Concat(expected.Select(b => b.Statement.Text)), committed.Select(r => r.Query));
        var batches = committed.Skip(GraphStatements.Schema.Count).ToList();
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(BoltValueText.Canonical(expected[i].Rows), BoltValueText.Canonical(batches[i].Parameters[CypherStatement.RowsParameter]));
        }
    }

    /// <summary>A row of the push summary table: the label, then the count.</summary>
    internal static Regex SummaryRow(string label, long count) => new($@"\b{label}\W+{count:N0}\b");

    /// <summary>Standard error without the progress lines (<c>… batch N: …</c>).</summary>
    internal static IEnumerable<string> ErrorsOnly(GraphCli.Result result) =>
        result.ErrorLines.Where(l => !l.StartsWith('…'));

    private static void AssertNoPassword(GraphCli.Result result)
    {
        Assert.DoesNotContain(Password, result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.StdErr, StringComparison.Ordinal);
    }
}
