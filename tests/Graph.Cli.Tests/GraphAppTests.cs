using Graph.Cli.Tests.Support;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Tests;

/// <summary>What any command does on an error no command expected: one line, a non-zero exit, the trace on request.</summary>
public sealed class GraphAppTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void UnexpectedError_IsOneLineNamingWhatFailed_WithoutATrace()
    {
        StoreWith("UPDATE articles SET published = '2017-13-45'");

        var result = GraphCli.Run(_temp.Path, "export", "--format", "turtle");

        Assert.Equal(3, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: export: unexpected FormatException: ", line, StringComparison.Ordinal);
        Assert.Contains("2017-13-45", line, StringComparison.Ordinal);
        Assert.EndsWith("(--debug or GRAPH_DEBUG=1 shows the trace)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void UnexpectedError_WithDebug_ShowsTheTrace(bool option, bool variable)
    {
        StoreWith("UPDATE articles SET published = '2017-13-45'");
        string[] arguments = option ? ["--debug", "export", "--format", "turtle"] : ["export", "--format", "turtle"];
        var environment = variable ? new Dictionary<string, string> { ["GRAPH_DEBUG"] = "1" } : null;

        var result = GraphCli.Run(_temp.Path, environment, arguments);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("error: export: unexpected FormatException: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("at Graph.Store.GraphStore", StringComparison.Ordinal));
    }

    [Fact]
    public void DamagedStore_UnknownPredicate_IsOneLineNamingTheStoreAndThePredicate()
    {
        StoreWith("UPDATE relations SET predicate = 'TELEPORT'");

        var result = GraphCli.Run(_temp.Path, "export", "--format", "ntriples");

        Assert.Equal(3, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: graph.db: unknown predicate 'TELEPORT' in relation rel:", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--out", "-")]
    [InlineData("-o", "-")]
    [InlineData("--out=-")]
    public void DashAsAnOptionValue_IsStandardOutput(params string[] option)
    {
        StoreWith("SELECT 1");

        var result = GraphCli.Run(_temp.Path, ["export", "--format", "ntriples", .. option]);

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("\"Ruritania attacked Borduria.\"", result.StdOut, StringComparison.Ordinal);
    }

    // A store of one attack, then changed behind the store's back as a damaged or foreign file would be.
    private void StoreWith(string damage)
    {
        var ruritania = new ExtractedEntity("country:ruritania", EntityType.Country, "Ruritania", [], [new TextSpan(0, 9)]);
        var borduria = new ExtractedEntity("country:borduria", EntityType.Country, "Borduria", [], [new TextSpan(19, 27)]);
        var document = new ArticleDocument("a.txt", "Attacks", "Ruritania attacked Borduria.", new DateOnly(2017, 6, 5));
        string path = _temp.File("graph.db");
        using (var store = GraphStore.Open(path))
        {
            store.Ingest(document, new ArticleExtraction(document.FileName, document.Id, null, [ruritania, borduria],
                [new(ruritania.Id, Predicate.Attack, borduria.Id, "Ruritania attacked Borduria.", 0, new TextSpan(0, 28), null, null, null, 0.9)]));
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = damage;
        command.ExecuteNonQuery();
    }
}
