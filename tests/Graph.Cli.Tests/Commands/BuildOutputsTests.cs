using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Cli.Tests.Support;
using Graph.Ingestion.Reading;
using Graph.Rdf;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary>The exports <c>graph build</c> writes, checked by independent tools against the store.</summary>
public sealed partial class BuildOutputsTests : IClassFixture<BuildOutputsTests.SampleBuild>
{
    private const string RdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    private const string Identifier = "<http://purl.org/dc/terms/identifier>";
    private readonly SampleBuild _build;

    public BuildOutputsTests(SampleBuild build) => _build = build;

    [Fact]
    public void GraphTtl_ParsesStrictlyAndHoldsExactlyTheStore()
    {
        var parsed = NodeTool.Run("rdf-parse.mjs", ["turtle", _build.File("out/graph.ttl"), "n3"]);
        Assert.True(parsed.ExitCode == 0, "N3.js rejected graph.ttl: " + parsed.StdErr);
        var triples = parsed.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseLine).ToList();

        using var store = GraphStore.Open(_build.File("graph.db"));
        Assert.Equal(RdfExport.Statements(store, namedGraphs: false).Distinct().Count(), triples.Count);

        // Every article, entity and relation of the store is in the file, under its stable id, and nothing else is.
        var identifiers = triples.Where(t => t.Predicate == Identifier).ToDictionary(t => t.Subject, t => Unquote(t.Object));
        string[] OfType(params string[] types) =>
            [.. triples.Where(t => t.Predicate == RdfType && types.Contains(t.Object) && identifiers.ContainsKey(t.Subject))
                .Select(t => identifiers[t.Subject]).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(store.Articles().Select(a => a.Id), OfType("<https://schema.org/NewsArticle>"));
        Assert.Equal(store.Relations().Select(r => r.Id), OfType("<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>"));
        Assert.Equal(
            store.Entities().Select(e => e.Id),
            OfType("<https://schema.org/Person>", "<https://schema.org/Organization>", "<https://schema.org/Country>",
                "<https://schema.org/City>", "<https://schema.org/Place>", "<https://schema.org/Event>",
                "<http://semanticweb.cs.vu.nl/2009/11/sem/Actor>"));
        int events = triples.Count(t => t.Predicate == RdfType && t.Object == "<http://semanticweb.cs.vu.nl/2009/11/sem/Event>");
        Assert.Equal(store.Statistics().Events, events);
    }

    [Fact]
    public void GraphCypher_LintsWithZeroDiagnostics()
    {
        var statements = CypherStatements(File.ReadAllText(_build.File("out/graph.cypher")));
        Assert.True(statements.Count > 5, "graph.cypher holds too few statements");

        string input = JsonSerializer.Serialize(new { statements = statements.Select((q, i) => new { name = $"statement {i + 1}", query = q }) });
        var lint = NodeTool.Run("cypher-lint.mjs", [], input);

        Assert.True(lint.ExitCode == 0, lint.StdErr);
        using var results = JsonDocument.Parse(lint.StdOut);
        var problems = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("diagnostics").GetArrayLength() > 0)
            .Select(r => r.GetRawText())
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void GraphCypher_OnlyMergesNeverCreatesData()
    {
        var statements = CypherStatements(File.ReadAllText(_build.File("out/graph.cypher")));
        Assert.All(statements, s => Assert.Matches(@"^(CREATE (CONSTRAINT|INDEX) \w+ IF NOT EXISTS|CALL db\.awaitIndexes|UNWIND \[)", s));
        Assert.DoesNotContain(statements, s => CreateClause().IsMatch(s) && !s.StartsWith("CREATE ", StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractFiles_AreTheExchangeFormatPerArticle()
    {
        foreach (string file in Directory.GetFiles(_build.File("out/extract"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            Assert.Equal(JsonValueKind.String, root.GetProperty("article").ValueKind);
            string articleText = new ArticleFileReader().Read(SampleFor(root.GetProperty("article").GetString()!)).Text;
            var ids = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            foreach (var fact in root.GetProperty("facts").EnumerateArray())
            {
                Assert.Contains(fact.GetProperty("subject").GetString(), ids);
                Assert.Contains(fact.GetProperty("object").GetString(), ids);
                Assert.Contains(fact.GetProperty("sentence").GetString()!, articleText, StringComparison.Ordinal);
            }
        }
    }

    private string SampleFor(string article) => Path.Combine(_build.File("data/articles"), article);

    private static List<string> CypherStatements(string script) =>
        [.. StatementEnd().Split(string.Join("\n", script.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)];

    private static (string Subject, string Predicate, string Object) ParseLine(string line)
    {
        var match = NQuadLine().Match(line);
        Assert.True(match.Success, "unexpected N-Quads line: " + line);
        return (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
    }

    private static string Unquote(string literal) => JsonSerializer.Deserialize<string>(literal[..(literal.LastIndexOf('"') + 1)])!;

    [GeneratedRegex(@"^(\S+) (<[^>]*>) (.*) \.$")]
    private static partial Regex NQuadLine();

    [GeneratedRegex(@";\s*\n|;\s*$")]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"\bCREATE\s*\(")]
    private static partial Regex CreateClause();

    /// <summary>One build of the sample articles shared by the tests of this class.</summary>
    public sealed class SampleBuild : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public SampleBuild()
        {
            BuildCommandTests.CopySamples(_temp.Path);
            var result = GraphCli.Run(_temp.Path, "build");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("graph build failed: " + result.StdErr);
            }
        }

        public string File(string relative) => _temp.File(relative);

        public void Dispose() => _temp.Dispose();
    }
}
