using System.Globalization;
using CsCheck;
using Graph.Cli.Exports;
using Graph.Cli.Output;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Rdf;
using Graph.Rdf.Tests.Support;
using Graph.Store;
using Graph.Testing;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Graph.Cli.Tests.Fuzzing;

/// <summary>
/// Property: whatever the articles hold (see <see cref="ArticleGen"/>), the build, the extraction views and
/// every export format complete without an exception; an unusable file is one line naming it; the store passes
/// its integrity check; every RDF file is accepted by the strict parsers and holds the same graph as the
/// N-Triples export. A fixed seed and a small number of cases run with the suite; set GRAPH_FUZZ_ITERATIONS and
/// GRAPH_FUZZ_SEED (a CsCheck seed, printed when a case fails) for a longer or different run.
/// </summary>
public sealed class BuildFuzzTests : IDisposable
{
    private const string FixedSeed = "0000000000000";

    private const int DefaultIterations = 24;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void Build_RandomAndAdversarialArticles_NoCrash_StoreSound_EveryOutputParses()
    {
        var checks = new List<RdfValidator.Check>();
        int cases = 0;
        long entities = 0, facts = 0;

        ArticleGen.Files.Sample(
            files =>
            {
                string folder = _temp.File("case" + Interlocked.Increment(ref cases).ToString(CultureInfo.InvariantCulture));
                var (rdf, statistics) = RunCase(folder, files);
                lock (checks)
                {
                    checks.AddRange(rdf);
                    entities += statistics.Entities;
                    facts += statistics.Relations + statistics.Unasserted;
                }
            },
            seed: Environment.GetEnvironmentVariable("GRAPH_FUZZ_SEED") ?? FixedSeed,
            iter: int.TryParse(Environment.GetEnvironmentVariable("GRAPH_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out int n) ? n : DefaultIterations,
            threads: 1);

        // The exports had something to carry: the generated text names entities and states facts.
        Assert.True(entities > 0 && facts > 0, $"{cases} cases gave {entities} entities and {facts} facts");
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing (run: cd tests/js && npm ci): the RDF outputs were not parsed");
        // A long run parses thousands of files: the parsers get time in proportion.
        RdfValidator.AssertAllOk(RdfValidator.Run(checks, timeoutSeconds: 300 + checks.Count));
    }

    // Builds one case's articles into a fresh store and writes every output; returns the RDF files to parse.
    private static (List<RdfValidator.Check> Checks, StoreStatistics Statistics) RunCase(string folder, ArticleFile[] files)
    {
        string input = Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        for (int i = 0; i < files.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(input, $"article{i}{files[i].Extension}"), files[i].Bytes);
        }

        using var store = GraphStore.Open(Path.Combine(folder, "graph.db"));
        var results = new List<ArticleResult>();
        var extractionFiles = new ExtractionFiles(Path.Combine(folder, "out", "extract"), ExtractionPipeline.Default.Extract);
        new Ingestor(store, ExtractionPipeline.Default.Extract).Run([input], completed: result =>
        {
            results.Add(result);
            extractionFiles.Add(result);
        });

        // An unusable file is refused with one line naming it; extraction and storage themselves never fail.
        Assert.Equal(files.Length, results.Count);
        foreach (var failed in results.Where(r => r.Status == ArticleStatus.Failed))
        {
            Assert.NotNull(failed.Error);
            Assert.StartsWith(failed.Path, failed.Error, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', failed.Error);
            Assert.DoesNotContain("reading failed", failed.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("extraction failed", failed.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("not stored", failed.Error, StringComparison.Ordinal);
        }

        // What `graph extract` prints: the exchange JSON (it parses back) and the table.
        Assert.True(extractionFiles.Complete());
        foreach (var result in results.Where(r => r.Extraction is not null))
        {
            JToken.Parse(ExtractionJson.Serialize(result.Extraction!));
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Interactive = InteractionSupport.No });
            ExtractionView.Render(result.Extraction!, console);
        }

        Assert.Empty(store.CheckIntegrity());

        var options = new ExportOptions(ExportFormats.DefaultBaseIri);
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        foreach (var format in ExportFormats.All)
        {
            using var writer = new StreamWriter(Path.Combine(folder, "out", format.FileName));
            format.Write(store, writer, options);
        }

        string reference = Path.Combine(folder, "out", "graph" + RdfFormats.Extension(RdfFormat.NTriples));
        var checks = RdfFormats.All.Select(format => new RdfValidator.Check(
                $"{Path.GetFileName(folder)}/{RdfFormats.Name(format)}",
                Path.Combine(folder, "out", "graph" + RdfFormats.Extension(format)),
                RdfValidator.ScriptName(format),
                format is RdfFormat.JsonLd or RdfFormat.RdfXml ? ["oxigraph"] : ["n3", "oxigraph"],
                reference,
                "ntriples",
                Merge: true))
            .ToList();
        return (checks, store.Statistics());
    }
}
