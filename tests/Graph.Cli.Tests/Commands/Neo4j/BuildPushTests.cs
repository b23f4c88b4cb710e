using Graph.Bolt.Testing;
using Graph.Cli.Tests.Support;
using Graph.Neo4j;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands.Neo4j;

/// <summary><c>graph build --neo4j URI</c>: ingest, write the exports, then push what the store holds.</summary>
public sealed class BuildPushTests : IDisposable
{
    private const string Password = "build-pw-91d2";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Build_WithNeo4j_IngestsThenPushesTheStore()
    {
        // Arrange
        _temp.Write("in/a.txt", "Ruritania expels diplomats\nRuritania expelled two diplomats from Borduria on Monday.");
        _temp.Write("in/b.md", "---\ntitle: Talks\ndate: 2024-02-01\n---\n\nThe Foreign Minister of Ruritania held talks in Paris.");
        string passwordFile = _temp.Write("neo4j.pw", Password);
        var responder = new StatementResponder(Neo4jServerAnswers.Counters);
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));

        // Act
        var result = GraphCli.Run(
            _temp.Path, "build", "in", "--neo4j", $"bolt://{server.Address}", "--user", "builder", "--password-file", passwordFile, "--batch-size", "2");

        // Assert: the build happened (store, exports, summary) and then the store was pushed, batch by batch.
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("2 read", result.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.File("out/graph.cypher")));
        IReadOnlyList<GraphBatch> expected;
        using (var store = GraphStore.Open(_temp.File("graph.db")))
        {
            Assert.Equal(2, store.Statistics().Articles);
            expected = GraphBatches.Enumerate(store, 2).ToList();
        }

        Assert.True(expected.Count > 2, "the articles must give several batches");
        PushCommandTests.AssertPushed(expected, responder);
        Assert.All(responder.Logins, l => Assert.Equal(("builder", Password), ((string?)l.Auth["principal"], (string?)l.Auth["credentials"])));
        Assert.Matches(PushCommandTests.SummaryRow("batches", expected.Count), result.StdOut);
        Assert.DoesNotContain(Password, result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithoutNeo4j_DoesNotConnect_EvenWhenNeo4jUriIsSet()
    {
        _temp.Write("in/a.txt", "Ruritania expels diplomats\nRuritania expelled two diplomats from Borduria on Monday.");
        await using var server = FakeBoltServer.Start();
        var environment = new Dictionary<string, string> { ["NEO4J_URI"] = $"bolt://{server.Address}", ["NEO4J_PASSWORD"] = Password };

        var result = GraphCli.Run(_temp.Path, environment, "build", "in");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(0, server.ConnectionCount);
    }

    [Fact]
    public void Build_WithNeo4j_ServerUnreachable_StillWritesTheStoreAndExports_ExitsOne()
    {
        _temp.Write("in/a.txt", "Ruritania expels diplomats\nRuritania expelled two diplomats from Borduria on Monday.");

        var result = GraphCli.Run(
            _temp.Path, new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password }, "build", "in", "--neo4j", "bolt://127.0.0.1:1");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: bolt://127.0.0.1:1: cannot connect", Assert.Single(PushCommandTests.ErrorsOnly(result)), StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.File("out/graph.cypher")));
        using var store = GraphStore.Open(_temp.File("graph.db"));
        Assert.Equal(1, store.Statistics().Articles);
    }
}
