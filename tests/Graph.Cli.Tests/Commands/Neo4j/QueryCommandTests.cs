using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Bolt;
using Graph.Bolt.Testing;
using Graph.Cli.Tests.Support;
using Graph.Testing;
using Path = System.IO.Path;

namespace Graph.Cli.Tests.Commands.Neo4j;

/// <summary><c>graph query</c> (the real program) against the fake Bolt server answering records of many types.</summary>
public sealed class QueryCommandTests : IDisposable
{
    private const string Password = "query-pw-5a0e";

    private static readonly string[] Keys = ["date", "actor", "count", "score", "confirmed", "aliases", "props", "node", "missing"];

    private static readonly object?[][] Records =
    [
        [
            new DateOnly(2017, 10, 22), "Saudi Arabia", 3L, 0.75, true, new[] { "KSA", "Saudi" },
            new Dictionary<string, object?> { ["b"] = 2L, ["a"] = "x" },
            new RawStruct(0x4E, 7L, new[] { "Entity", "Country" }, new Dictionary<string, object?> { ["name"] = "Qatar" }, "4:db:7"),
            null,
        ],
        [
            new DateOnly(2017, 6, 5), "O'Brien, \"the\" one", -1L, 2.5, false, Array.Empty<string>(),
            new Dictionary<string, object?>(),
            new RawStruct(0x4E, 8L, new[] { "Entity", "Person" }, new Dictionary<string, object?> { ["name"] = "Ada" }, "4:db:8"),
            null,
        ],
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Query_Json_SendsTypedParametersInAReadTransaction_AndWritesEveryValueType()
    {
        var (result, responder) = await RunEventsSinceAsync("json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var run = Assert.Single(responder.Runs);
        Assert.StartsWith("// Name:     events-since", run.Query, StringComparison.Ordinal);
        Assert.Equal(new BoltDate(17318), run.Parameters["since"]); // 2017-06-01
        Assert.Equal(100L, run.Parameters["limit"]);                  // not given: the declared example
        Assert.Equal("r", run.TransactionExtra["mode"]);
        Assert.Equal([run], responder.CommittedRuns);
        var expected = JsonNode.Parse("""
            [
              {"date": "2017-10-22", "actor": "Saudi Arabia", "count": 3, "score": 0.75, "confirmed": true,
               "aliases": ["KSA", "Saudi"], "props": {"a": "x", "b": 2},
               "node": {"elementId": "4:db:7", "labels": ["Entity", "Country"], "properties": {"name": "Qatar"}}, "missing": null},
              {"date": "2017-06-05", "actor": "O'Brien, \"the\" one", "count": -1, "score": 2.5, "confirmed": false,
               "aliases": [], "props": {},
               "node": {"elementId": "4:db:8", "labels": ["Entity", "Person"], "properties": {"name": "Ada"}}, "missing": null}
            ]
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(result.StdOut)), result.StdOut);
        Assert.DoesNotContain(Password, result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_Csv_WritesRfc4180WithAHeader()
    {
        var (result, _) = await RunEventsSinceAsync("csv");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(
            "date,actor,count,score,confirmed,aliases,props,node,missing\r\n"
            + "2017-10-22,Saudi Arabia,3,0.75,true,\"[KSA, Saudi]\",\"{a: x, b: 2}\",(:Entity:Country {name: Qatar}),\r\n"
            + "2017-06-05,\"O'Brien, \"\"the\"\" one\",-1,2.5,false,[],{},(:Entity:Person {name: Ada}),\r\n",
            result.StdOut);
    }

    [Fact]
    public async Task Query_Table_ShowsEveryColumnAndCell_AndTheRowCount()
    {
        var (result, _) = await RunEventsSinceAsync("table");

        Assert.True(result.ExitCode == 0, result.StdErr);
        AssertRow(result.StdOut, Keys);
        AssertRow(result.StdOut, "2017-10-22", "Saudi Arabia", "3", "0.75", "true", "[KSA, Saudi]", "{a: x, b: 2}", "(:Entity:Country {name: Qatar})");
        AssertRow(result.StdOut, "2017-06-05", "O'Brien, \"the\" one", "-1", "2.5", "false", "[]", "{}", "(:Entity:Person {name: Ada})");
        Assert.Contains("2 rows", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_List_ShowsEveryFileOfTheLibraryWithItsQuestion()
    {
        var result = GraphCli.Run(_temp.Path, "query", "--list");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var files = Directory.GetFiles(RepositoryPaths.Queries, "*.cypher");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            string name = Regex.Match(text, @"^// Name:\s*(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
            string question = Regex.Match(text, @"^// Question:\s*(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
            Assert.Equal(Path.GetFileNameWithoutExtension(file), name);
            AssertRow(result.StdOut, name, question);
        }
    }

    [Theory]
    [InlineData("'yesterday'", "events-since", "--param", "since=yesterday")]
    [InlineData("'ten'", "events-since", "--param", "limit=ten")]
    [InlineData("'nosuch'", "events-since", "--param", "nosuch=1")]
    [InlineData("'no-such-query'", "no-such-query")]
    public async Task Query_BadParameterOrUnknownQuery_ExitsTwoWithOneLine_BeforeConnecting(string culprit, params string[] arguments)
    {
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(new StatementResponder()));

        var result = GraphCli.Run(
            _temp.Path,
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password },
            ["query", .. arguments, "--neo4j", $"bolt://{server.Address}"]);

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(culprit, line, StringComparison.Ordinal);
        Assert.Equal(0, server.ConnectionCount);
    }

    [Fact]
    public async Task Query_PlainCypherFileWithoutHeader_RunsAsItIs_WithItsParameters()
    {
        const string Cypher = "MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS actor LIMIT $limit\n";
        string file = _temp.Write("mine.cypher", Cypher);
        var responder = new StatementResponder(_ => StatementAnswer.Rows(["actor"], [["Qatar"]]));
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));

        var result = GraphCli.Run(
            _temp.Path,
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password },
            "query", file, "--param", "name=Qatar", "--param", "limit=3", "--format", "csv", "--neo4j", $"bolt://{server.Address}");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var run = Assert.Single(responder.Runs);
        Assert.Equal(Cypher, run.Query);
        Assert.Equal("Qatar", run.Parameters["name"]);
        Assert.Equal(3L, run.Parameters["limit"]);
        Assert.Equal("actor\r\nQatar\r\n", result.StdOut);
    }

    [Fact]
    public async Task Query_InlineCypher_RunsWithItsParameters()
    {
        var responder = new StatementResponder(_ => StatementAnswer.Rows(["n"], [[1L]]));
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));

        var result = GraphCli.Run(
            _temp.Path,
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password },
            "query", "--cypher", "RETURN $since AS n", "--param", "since=2017-06-01", "--format", "csv", "--neo4j", $"bolt://{server.Address}");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var run = Assert.Single(responder.Runs);
        Assert.Equal("RETURN $since AS n", run.Query);
        Assert.Equal(new BoltDate(17318), run.Parameters["since"]);
    }

    private async Task<(GraphCli.Result Result, StatementResponder Responder)> RunEventsSinceAsync(string format)
    {
        var responder = new StatementResponder(_ => StatementAnswer.Rows(Keys, Records));
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var environment = new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password };
        var result = GraphCli.Run(
            _temp.Path, environment, "query", "events-since", "--param", "since=2017-06-01", "--format", format, "--neo4j", $"bolt://{server.Address}");
        await server.AssertScriptsCompletedAsync();
        return (result, responder);
    }

    /// <summary>Some line of the table holds these cells, in this order, each in its own cell.</summary>
    private static void AssertRow(string table, params string[] cells)
    {
        string pattern = string.Join(@"\s*│(?:[^│\n]*│)*?\s*", cells.Select(Regex.Escape));
        Assert.True(
            table.Split('\n').Any(line => Regex.IsMatch(line, @"│\s*" + pattern + @"\s*│")),
            $"no table row with cells [{string.Join(" | ", cells)}] in:\n{table}");
    }
}
