using System.Text.Json;
using Graph.Cli.Tests.Support;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph extract</c>, <c>graph stats</c> and <c>graph export</c> as a user runs them.</summary>
public sealed class ReadCommandsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Extract_Json_IsTheExchangeFormatAndStoresNothing()
    {
        string article = _temp.Write("a.txt", "Envoys recalled\nFrance and Germany recalled their ambassadors from Moscow on Monday.");

        var result = GraphCli.Run(_temp.Path, "extract", article);

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal("a.txt", json.RootElement.GetProperty("article").GetString());
        var names = json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("France", names);
        Assert.Contains("Germany", names);
        Assert.False(File.Exists(_temp.File("graph.db")));
    }

    [Fact]
    public void Extract_Explain_ShowsTheParseAndThePatternBehindEachFact()
    {
        string article = _temp.Write("a.txt", "Sanctions\nCanada imposed sanctions on Belarus.");

        var result = GraphCli.Run(_temp.Path, "extract", article, "--explain");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("IMPOSE_SANCTIONS", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("nsubj", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("pattern: impose VERB", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("object=", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Table_ShowsEntitiesAndFacts()
    {
        string article = _temp.Write("a.md", "---\ntitle: Sanctions\n---\n\nCanada imposed sanctions on Belarus.");

        var result = GraphCli.Run(_temp.Path, "extract", article, "--format", "table");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var rows = TableRows(result.StdOut);
        Assert.Contains("2 entities", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(rows, r => r is ["Canada", "Country", ..]);
        Assert.Contains(rows, r => r is ["Belarus", "Country", ..]);
        Assert.Contains("1 facts", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(rows, r => r is ["Canada", "IMPOSE_SANCTIONS", "Belarus", "asserted", ..]);
    }

    // The rows of every table printed ("│ a │ b │"), a cell wrapped over several lines joined again (no space
    // between its pieces), the header rows included.
    private static List<string[]> TableRows(string output)
    {
        var rows = new List<string[]>();
        bool continues = false;
        foreach (string line in output.Split('\n').Select(l => l.Trim()))
        {
            if (!line.StartsWith('│'))
            {
                continues = false;
                continue;
            }

            string[] cells = line.Trim('│').Split('│').Select(c => c.Trim()).ToArray();
            if (continues && cells[0].Length == 0 && rows[^1].Length == cells.Length)
            {
                rows[^1] = rows[^1].Zip(cells, (a, b) => a + b).ToArray();
            }
            else
            {
                rows.Add(cells);
            }

            continues = true;
        }

        return rows;
    }

    [Fact]
    public void Extract_BadFile_OneLineErrorAndExitOne()
    {
        string article = _temp.Write("broken.json", "{\"body\": ");

        var result = GraphCli.Run(_temp.Path, "extract", article);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: " + article, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("export", "--format", "turtle")]
    public void ReadCommands_WithoutStore_FailNamingItAndCreateNothing(params string[] arguments)
    {
        var result = GraphCli.Run(_temp.Path, [.. arguments, "--store", "missing.db"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.db", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("missing.db")));
    }

    [Fact]
    public void StatsAndExport_ReadTheBuiltStore()
    {
        _temp.Write("in/a.txt", "Ties cut\nRuritania cut ties with Borduria on Friday.");
        Assert.Equal(0, GraphCli.Run(_temp.Path, "build", "in").ExitCode);

        var stats = GraphCli.Run(_temp.Path, "stats");
        var toStdout = GraphCli.Run(_temp.Path, "export", "--format", "ntriples");
        var toFile = GraphCli.Run(_temp.Path, "export", "--format", "ntriples", "--out", "g.nt");

        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("1 articles", stats.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, toStdout.ExitCode);
        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal(toStdout.StdOut, File.ReadAllText(_temp.File("g.nt")));
        Assert.Contains("<https://schema.org/NewsArticle>", toStdout.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_CountsAssertedFactsByPredicate_AndUnassertedOnesPerStatus()
    {
        // Arrange: one asserted attack, two alleged ones and a denied one
        var ruritania = new ExtractedEntity("country:ruritania", EntityType.Country, "Ruritania", [], [new TextSpan(0, 9)]);
        var borduria = new ExtractedEntity("country:borduria", EntityType.Country, "Borduria", [], [new TextSpan(19, 27)]);
        var document = new ArticleDocument("a.txt", "Attacks", "Ruritania attacked Borduria.");
        ExtractedFact Fact(ExtractedEntity subject, ExtractedEntity obj, int sentence, FactStatus status) =>
            new(subject.Id, Predicate.Attack, obj.Id, "Ruritania attacked Borduria.", sentence, new TextSpan(0, 28), null, null, null, 0.9, status);
        using (var store = GraphStore.Open(_temp.File("graph.db")))
        {
            store.Ingest(document, new ArticleExtraction(document.FileName, document.Id, null, [ruritania, borduria],
            [
                Fact(ruritania, borduria, 0, FactStatus.Asserted),
                Fact(ruritania, borduria, 1, FactStatus.Alleged),
                Fact(borduria, ruritania, 2, FactStatus.Alleged),
                Fact(ruritania, borduria, 3, FactStatus.Negated),
            ]));
        }

        // Act
        var stats = GraphCli.Run(_temp.Path, "stats");

        // Assert
        Assert.True(stats.ExitCode == 0, stats.StdErr);
        Assert.Contains("1 facts from 1 sentences · 1 events", stats.StdOut, StringComparison.Ordinal);
        Assert.Contains("Unasserted 3 (1 negated · 2 alleged)", stats.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"│ ATTACK\s+│\s+1 │", stats.StdOut);
    }
}
