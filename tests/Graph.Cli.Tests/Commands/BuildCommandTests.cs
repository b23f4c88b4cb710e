using System.Text;
using Graph.Cli.Tests.Support;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_NoPath_ReadsSampleArticlesAndWritesExports()
    {
        CopySamples(_temp.Path);

        var result = GraphCli.Run(_temp.Path, "build");

        Assert.True(result.ExitCode == 0, result.StdErr);
        int samples = Directory.GetFiles(Path.Combine(_temp.Path, "data", "articles")).Length;
        Assert.Contains($"{samples} read", result.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.File("graph.db")));
        Assert.True(new FileInfo(_temp.File("out/graph.ttl")).Length > 0);
        Assert.True(new FileInfo(_temp.File("out/graph.cypher")).Length > 0);
        Assert.Equal(samples, Directory.GetFiles(_temp.File("out/extract"), "*.json").Length);
        using var store = GraphStore.Open(_temp.File("graph.db"));
        Assert.Equal(samples, store.Statistics().Articles);
        Assert.True(store.Statistics().Entities > 0);
    }

    [Fact]
    public void Build_TwiceFromScratch_GivesIdenticalIdsAndBytes()
    {
        string first = _temp.File("one");
        string second = _temp.File("two");
        CopySamples(first);
        CopySamples(second);

        Assert.Equal(0, GraphCli.Run(first, "build", "--rdf", "turtle").ExitCode);
        Assert.Equal(0, GraphCli.Run(second, "build", "--rdf", "turtle").ExitCode);

        var firstFiles = OutputFiles(first);
        Assert.NotEmpty(firstFiles);
        Assert.Equal(firstFiles.Keys, OutputFiles(second).Keys);
        foreach (var (name, bytes) in firstFiles)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(OutputFiles(second)[name]), $"{name} differs between two builds");
        }

        using var a = GraphStore.Open(Path.Combine(first, "graph.db"));
        using var b = GraphStore.Open(Path.Combine(second, "graph.db"));
        Assert.Equal(a.Entities().Select(e => e.Id), b.Entities().Select(e => e.Id));
        Assert.Equal(a.Relations().Select(r => r.Id), b.Relations().Select(r => r.Id));
    }

    [Fact]
    public void Build_SameArticlesAgain_ChangesNothing()
    {
        CopySamples(_temp.Path);
        Assert.Equal(0, GraphCli.Run(_temp.Path, "build").ExitCode);
        var before = OutputFiles(_temp.Path);
        var statsBefore = Stats(_temp.File("graph.db"));

        var again = GraphCli.Run(_temp.Path, "build");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added", again.StdOut, StringComparison.Ordinal);
        Assert.Equal(statsBefore, Stats(_temp.File("graph.db")));
        foreach (var (name, bytes) in OutputFiles(_temp.Path))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(before[name]), $"{name} changed on re-ingest");
        }
    }

    [Fact]
    public void Build_AgainWithOneNewArticle_ExtractsOnlyItAndEqualsABuildFromScratch()
    {
        string incremental = _temp.File("incremental");
        string scratch = _temp.File("scratch");
        CopySamples(incremental);
        CopySamples(scratch);
        string[] samples = [.. Directory.GetFiles(Path.Combine(incremental, "data", "articles")).Order(StringComparer.Ordinal)];
        string held = samples[samples.Length / 2];
        File.Move(held, _temp.File("held"));
        Assert.Equal(0, GraphCli.Run(incremental, "build").ExitCode);
        File.Move(_temp.File("held"), held);

        var again = GraphCli.Run(incremental, "build");
        var fromScratch = GraphCli.Run(scratch, "build");

        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.Contains($"{samples.Length} read · 1 added · {samples.Length - 1} unchanged · 0 failed · 1 extracted", again.StdOut, StringComparison.Ordinal);
        Assert.Contains($"{samples.Length} added · 0 unchanged · 0 failed · {samples.Length} extracted", fromScratch.StdOut, StringComparison.Ordinal);
        Assert.Equal(Dump(Path.Combine(scratch, "graph.db")), Dump(Path.Combine(incremental, "graph.db")));
        var expected = OutputFiles(scratch);
        var actual = OutputFiles(incremental);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs from a build from scratch");
        }
    }

    [Fact]
    public void Build_ExtractionFileRemoved_IsWrittenAgain()
    {
        CopySamples(_temp.Path);
        Assert.Equal(0, GraphCli.Run(_temp.Path, "build").ExitCode);
        var before = OutputFiles(_temp.Path);
        string removed = Directory.GetFiles(_temp.File("out/extract"), "*.json").Order(StringComparer.Ordinal).First();
        File.Delete(removed);

        var again = GraphCli.Run(_temp.Path, "build");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added", again.StdOut, StringComparison.Ordinal);
        Assert.Contains(" · 1 extracted", again.StdOut, StringComparison.Ordinal);
        Assert.Equal(before.Keys, OutputFiles(_temp.Path).Keys);
        Assert.True(before[Path.GetRelativePath(_temp.File("out"), removed)].AsSpan().SequenceEqual(File.ReadAllBytes(removed)));
    }

    [Fact]
    public void Build_EveryInputFormat_IsIngested()
    {
        _temp.Write("in/a.txt", "Ruritania expels diplomats\nRuritania expelled two diplomats from Borduria on Monday.");
        _temp.Write("in/b.md", "---\ntitle: Talks\ndate: 2024-02-01\n---\n\nThe Foreign Minister of Ruritania held talks in Paris.");
        _temp.Write("in/c.json", "{\"title\": \"Summit\", \"body\": \"France and Germany agreed on a plan.\", \"published\": \"2024-02-02\"}");
        _temp.Write("in/d.html", "<html><head><title>Visit</title></head><body><article><p>The President of Kenya visited Ethiopia.</p></article></body></html>");

        var result = GraphCli.Run(_temp.Path, "build", "in");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var store = GraphStore.Open(_temp.File("graph.db"));
        Assert.Equal(4, store.Statistics().Articles);
        Assert.Equal(["a.json", "b.json", "c.json", "d.json", "index.tsv"], Directory.GetFiles(_temp.File("out/extract")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_SameEntityInTwoArticles_IsOneEntityWithEvidenceFromBoth()
    {
        _temp.Write("in/monday.txt", "Sanctions announced\nCanada imposed sanctions on Belarus on Monday.");
        _temp.Write("in/friday.md", "---\ntitle: More sanctions\ndate: 2024-03-08\n---\n\nCanada imposed new sanctions on Belarus on Friday.");

        var result = GraphCli.Run(_temp.Path, "build", "in");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var store = GraphStore.Open(_temp.File("graph.db"));
        Assert.Single(store.Entities(), e => e.Name == "Canada");
        Assert.Equal(2, store.Mentions().Count(m => m.EntityId == "country:canada"));
        var sanctions = Assert.Single(store.Relations(), r => r.Info.Name == "IMPOSE_SANCTIONS");
        Assert.Equal(("country:canada", "country:belarus"), (sanctions.SubjectId, sanctions.ObjectId));
        Assert.Equal(2, sanctions.Evidence.Select(e => e.ArticleId).Distinct().Count());
        Assert.Contains(sanctions.Evidence, e => e.Date == new DateOnly(2024, 3, 8));
    }

    [Fact]
    public void Build_BadInputs_ReportsEachOnOneLineAndIngestsTheRest()
    {
        _temp.Write("in/good.txt", "Ruritania recalls envoy\nRuritania recalled its ambassador to Borduria.");
        _temp.Write("in/empty.txt", string.Empty);
        _temp.WriteBytes("in/binary.txt", [0x47, 0x00, 0x01, 0x02]);
        _temp.WriteBytes("in/latin1.txt", [.. Encoding.ASCII.GetBytes("Title\nCaf"), 0xE9]);
        _temp.Write("in/broken.json", "{\"title\": \"x\", \"body\": ");
        Directory.CreateDirectory(_temp.File("nothing"));

        var result = GraphCli.Run(_temp.Path, "build", "in", "missing.txt", "nothing");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 read", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("6 failed", result.StdOut, StringComparison.Ordinal);
        foreach (string culprit in new[] { "empty.txt", "binary.txt", "latin1.txt", "broken.json", "missing.txt", "nothing" })
        {
            var line = Assert.Single(result.ErrorLines, l => l.Contains(culprit, StringComparison.Ordinal));
            Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        }

        using var store = GraphStore.Open(_temp.File("graph.db"));
        Assert.Equal(1, store.Statistics().Articles);
    }

    [SkippableFact]
    public void Build_ArticleWithControlCharacters_WritesEveryRdfSyntax_AcceptedByStrictParsers()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");
        _temp.Write("news/a.txt", "Talks\u0001 fail\nIran condemned\u0001 the United States.\r\nRussia accused\u0002 Ukraine\u0085of attacks.\u000B\n");
        (string Format, string File)[] outputs =
            [("turtle", "graph.ttl"), ("ntriples", "graph.nt"), ("nquads", "graph.nq"), ("trig", "graph.trig"), ("jsonld", "graph.jsonld"), ("rdfxml", "graph.rdf")];

        var result = GraphCli.Run(_temp.Path, "build", "news", "--rdf", string.Join(',', outputs.Select(o => o.Format)));

        Assert.True(result.ExitCode == 0, result.StdErr);
        foreach (var (format, file) in outputs)
        {
            var parsed = NodeTool.Run("rdf-parse.mjs", [format, _temp.File("out/" + file)]);
            Assert.True(parsed.ExitCode == 0, $"{file} rejected: {parsed.StdErr}");
            Assert.Contains("\"Iran condemned the United States.\"", parsed.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_ParagraphsNotRead_AreCountedPerReasonInTheSummary()
    {
        _temp.Write("news/a.txt", string.Join("\n",
            "Envoys recalled",
            "France and Germany recalled their ambassadors from Moscow on Monday.",
            "Le gouvernement a rappelé son ambassadeur et les discussions sont suspendues pour le moment.",
            "Copyright © 2024 Example News. All rights reserved."));
        _temp.Write("news/b.txt", "Talks\nKenya accused Somalia of violating the border.\nSubscribe to our newsletter for more.");

        var result = GraphCli.Run(_temp.Path, "build", "news");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("Skipped    3 paragraphs not read (2 boilerplate · 1 language:fr)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OutputFolderIsAFile_ReportsItAndKeepsTheStore()
    {
        _temp.Write("in/a.txt", "Ties cut\nCanada cut ties with Belarus on Friday.");
        _temp.Write("blocked", "a file where the output folder should be");

        var result = GraphCli.Run(_temp.Path, "build", "in", "--out", "blocked");

        Assert.Equal(1, result.ExitCode);
        Assert.All(result.ErrorLines, line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains("blocked", StringComparison.Ordinal));
        using var store = GraphStore.Open(_temp.File("graph.db"));
        Assert.Equal(1, store.Statistics().Articles);
    }

    [Fact]
    public void Build_StoreThatIsNotADatabase_FailsWithoutTouchingIt()
    {
        string store = _temp.Write("graph.db", new string('x', 200));
        _temp.Write("in/a.txt", "Title\nRuritania recalled its ambassador.");

        var result = GraphCli.Run(_temp.Path, "build", "in");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("graph.db", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(new string('x', 200), File.ReadAllText(store));
    }

    [Theory]
    [InlineData("build", "--rdf", "yaml")]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--base", "not an iri")]
    [InlineData("frobnicate")]
    [InlineData("export")]
    [InlineData("export", "--format", "png")]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--format", "xml")]
    public void BadArguments_ExitWithTwo(params string[] arguments)
    {
        var result = GraphCli.Run(_temp.Path, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("graph.db")));
    }

    internal static void CopySamples(string root)
    {
        string target = Path.Combine(root, "data", "articles");
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(RepositoryPaths.SampleArticles))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static SortedDictionary<string, byte[]> OutputFiles(string root)
    {
        string outDir = Path.Combine(root, "out");
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(outDir, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(outDir, file)] = File.ReadAllBytes(file);
        }

        return files;
    }

    // Every row of every table, sorted: the store's whole content, whatever the page layout of the file.
    private static string Dump(string storePath)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={storePath};Pooling=False;Mode=ReadOnly");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (string table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            dump.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }

        return dump.ToString();
    }

    private static string Stats(string storePath)
    {
        using var store = GraphStore.Open(storePath);
        var s = store.Statistics();
        return $"{s.Articles} {s.Entities} {s.Relations} {s.Evidence} {s.Events} {store.Mentions().Count()}";
    }
}
