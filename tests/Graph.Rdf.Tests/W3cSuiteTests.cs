using System.Text;
using System.Text.RegularExpressions;
using Graph.Rdf.Tests.Support;
using Graph.Testing;

namespace Graph.Rdf.Tests;

/// <summary>The W3C RDF 1.1 suites: our reader against the N-Triples/N-Quads syntax tests, our writers against every expected result.</summary>
public sealed partial class W3cSuiteTests
{
    [SkippableTheory]
    [InlineData("rdf-n-triples", false)]
    [InlineData("rdf-n-quads", true)]
    public void NTriplesReader_SyntaxTests_AcceptsPositiveAndRejectsNegative(string suite, bool quads)
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh); the manifests are read with N3.js");
        IReadOnlyList<W3cSuite.Entry> entries = W3cSuite.Entries(suite);
        var wrong = new List<string>();

        foreach (W3cSuite.Entry entry in entries)
        {
            bool negative = entry.Type.Contains("Negative", StringComparison.Ordinal);
            string text = File.ReadAllText(W3cSuite.PathOf(suite, entry.Action), Encoding.UTF8);
            try
            {
                _ = NTriplesReader.Parse(text, quads);
                if (negative)
                {
                    wrong.Add(entry.Name + ": accepted, should be rejected");
                }
            }
            catch (RdfSyntaxException e) when (!negative)
            {
                wrong.Add(entry.Name + ": rejected: " + e.Message);
            }
            catch (RdfSyntaxException)
            {
                // A negative test, rightly rejected.
            }
        }

        Assert.True(entries.Count > 60, "too few entries: " + entries.Count);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [SkippableTheory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    [InlineData(RdfFormat.JsonLd)]
    [InlineData(RdfFormat.RdfXml)]
    public void ExpectedResults_WrittenInFormat_ParseStrictlyAndAreIsomorphic(RdfFormat format)
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh, which runs npm ci)");
        using var temp = new TempDirectory();
        var checks = new List<RdfValidator.Check>();
        var refused = new List<string>();

        foreach ((string suite, string file, bool quads) in ExpectedResultFiles())
        {
            string source = W3cSuite.PathOf(suite, file);
            IReadOnlyList<RdfQuad> statements = NTriplesReader.Parse(File.ReadAllText(source, Encoding.UTF8), quads);
            string target = temp.File($"{suite}-{file.Replace('/', '_')}{RdfFormats.Extension(format)}");
            try
            {
                using var writer = RdfWriters.Create(format, new StreamWriter(target, false, new UTF8Encoding(false)),
                    new RdfWriterOptions(Namespaces, LeaveOpen: false, JsonLdVocabulary: "http://example/"));
                writer.AddRange(statements);
            }
            catch (RdfSerializationException e) when (format == RdfFormat.RdfXml)
            {
                // Only statements RDF/XML cannot carry may be refused; check that independently of the writer.
                Assert.True(statements.Any(NotXmlWritable), $"{suite}/{file} refused without cause: {e.Message}");
                refused.Add($"{suite}/{file}: {e.Message}");
                continue;
            }

            bool merge = quads && !RdfFormats.SupportsNamedGraphs(format);
            checks.Add(new(suite + "/" + file, target, RdfValidator.ScriptName(format), null, source, quads ? "nquads" : "ntriples", merge));
        }

        RdfValidator.AssertAllOk(RdfValidator.Run(checks));
        Assert.True(checks.Count > 300, "too few files checked: " + checks.Count);

        Assert.True(refused.Count <= 30, "RDF/XML refused too many files:\n" + string.Join("\n", refused));
    }

    [SkippableTheory]
    [InlineData("rdf-turtle", "turtle")]
    [InlineData("rdf-trig", "trig")]
    public void NegativeSyntaxTests_AreRejectedByTheParsersThatGateOurOutput(string suite, string format)
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh, which runs npm ci)");
        var checks = W3cSuite.Entries(suite)
            .Where(e => e.Type.Contains("NegativeSyntax", StringComparison.Ordinal))
            .Select(e => new RdfValidator.Check(e.Name, W3cSuite.PathOf(suite, e.Action), format, ["n3"]))
            .ToList();

        IReadOnlyList<RdfValidator.Result> results = RdfValidator.Run(checks);

        Assert.True(results.Count > 90, "too few negative tests: " + results.Count);
        var accepted = results.Where(r => r.Ok).Select(r => r.Id).ToList();
        Assert.True(accepted.Count == 0, "accepted by N3.js: " + string.Join(", ", accepted));
    }

    private static readonly IReadOnlyList<RdfNamespace> Namespaces =
    [
        new("ex", "http://example/"),
        new("ex2", "http://example.org/ns#"),
        new("xsd", "http://www.w3.org/2001/XMLSchema#"),
        new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ];

    /// <summary>XML 1.0 forbids most C0 controls; RDF/XML property elements need an NCName-ending predicate.</summary>
    private static bool NotXmlWritable(RdfQuad quad) =>
        XmlForbidden().IsMatch(quad.Object.Value) || XmlForbidden().IsMatch(quad.Subject.Value) || !NameEnding().IsMatch(quad.Predicate.Value)
        || quad.Predicate.Value is "http://www.w3.org/1999/02/22-rdf-syntax-ns#li";

    [GeneratedRegex("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]")]
    private static partial Regex XmlForbidden();

    [GeneratedRegex("[\\p{L}_][\\p{L}\\p{Nd}_.-]*$")]
    private static partial Regex NameEnding();

    private static IEnumerable<(string Suite, string File, bool Quads)> ExpectedResultFiles()
    {
        foreach ((string suite, bool quads) in new[] { ("rdf-turtle", false), ("rdf-trig", true), ("rdf-xml", false) })
        {
            foreach (string result in W3cSuite.Entries(suite).Select(e => e.Result).OfType<string>().Distinct().Order(StringComparer.Ordinal))
            {
                yield return (suite, result, quads);
            }
        }

        foreach ((string suite, bool quads) in new[] { ("rdf-n-triples", false), ("rdf-n-quads", true) })
        {
            foreach (W3cSuite.Entry entry in W3cSuite.Entries(suite).Where(e => e.Type.Contains("Positive", StringComparison.Ordinal)))
            {
                yield return (suite, entry.Action, quads);
            }
        }
    }
}
