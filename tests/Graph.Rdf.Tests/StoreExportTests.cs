using System.Text;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Graph.Model;
using Graph.Rdf.Tests.Support;
using Graph.Store;
using Graph.Testing;

namespace Graph.Rdf.Tests;

/// <summary>Export over a real SQLite store built from the sample articles by the extraction pipeline.</summary>
public sealed class StoreExportTests
{
    [SkippableFact]
    public void Write_RealStore_EveryFormatParsesStrictlyAndAllAreIsomorphic()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh, which runs npm ci)");

        // Arrange: the sample articles, extracted and ingested into a fresh store.
        using var temp = new TempDirectory();
        using GraphStore store = GraphStore.Open(temp.File("graph.db"));
        var reader = new ArticleFileReader();
        foreach (string path in Directory.EnumerateFiles(RepositoryPaths.SampleArticles).Where(reader.Supports).Order(StringComparer.Ordinal))
        {
            ArticleDocument document = reader.Read(path);
            store.Ingest(document, ExtractionPipeline.Default.Extract(document));
        }

        Assert.NotEmpty(store.Relations());

        // Act
        var files = new Dictionary<RdfFormat, string>();
        var counts = new Dictionary<RdfFormat, long>();
        foreach (RdfFormat format in RdfFormats.All)
        {
            string path = temp.File("graph" + RdfFormats.Extension(format));
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                counts[format] = RdfExport.Write(store, format, writer, new RdfExportOptions("http://news.example.com/kg"));
            }

            files[format] = path;
        }

        // Assert: every file parses strictly; merged graphs equal the N-Triples one; TriG and JSON-LD keep the same
        // named graphs as N-Quads.
        var checks = new List<RdfValidator.Check>();
        foreach (RdfFormat format in RdfFormats.All)
        {
            checks.Add(new(RdfFormats.Name(format) + " vs ntriples", files[format], RdfValidator.ScriptName(format), null,
                files[RdfFormat.NTriples], "ntriples", Merge: true));
        }

        checks.Add(new("trig vs nquads", files[RdfFormat.TriG], "trig", ["n3", "oxigraph"], files[RdfFormat.NQuads], "nquads"));
        checks.Add(new("jsonld vs nquads", files[RdfFormat.JsonLd], "jsonld", ["oxigraph"], files[RdfFormat.NQuads], "nquads"));
        IReadOnlyList<RdfValidator.Result> results = RdfValidator.Run(checks);
        RdfValidator.AssertAllOk(results);

        Assert.Equal(counts[RdfFormat.NQuads], counts[RdfFormat.TriG]);
        Assert.True(counts[RdfFormat.NQuads] > counts[RdfFormat.NTriples], "the article graphs restate each fact");
        Assert.Contains("<http://news.example.com/kg/graph/article/", File.ReadAllText(files[RdfFormat.NQuads]), StringComparison.Ordinal);
    }
}
