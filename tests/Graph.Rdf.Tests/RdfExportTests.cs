using System.Text;
using Graph.Rdf.Tests.Support;
using Graph.Testing;

namespace Graph.Rdf.Tests;

public sealed class RdfExportTests
{
    [SkippableTheory]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.TriG)]
    [InlineData(RdfFormat.JsonLd)]
    [InlineData(RdfFormat.RdfXml)]
    public void Write_SampleGraph_ParsesStrictlyAndIsIsomorphicToNTriples(RdfFormat format)
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh, which runs npm ci)");

        // Arrange
        using var temp = new TempDirectory();
        string reference = Export(temp, RdfFormat.NTriples);

        // Act
        string file = Export(temp, format);

        // Assert: both strict parsers accept it where both read the syntax, and its merged graph is the N-Triples one.
        IReadOnlyList<string> parsers = format is RdfFormat.JsonLd or RdfFormat.RdfXml ? ["oxigraph"] : ["n3", "oxigraph"];
        RdfValidator.AssertAllOk(RdfValidator.Run(
        [
            new(RdfFormats.Name(format), file, RdfValidator.ScriptName(format), parsers, reference, "ntriples", Merge: true),
        ]));
    }

    [Fact]
    public void Write_Turtle_ReturnsStatementCountAndUsesPrefixes()
    {
        var output = new StringWriter();

        long count = RdfExport.Write(SampleGraph.Create(), RdfFormat.Turtle, output);

        string text = output.ToString();
        long expected = RdfExport.Statements(SampleGraph.Create(), namedGraphs: false).LongCount();
        Assert.Equal(expected, count);
        Assert.Contains("@prefix schema: <https://schema.org/> .", text, StringComparison.Ordinal);
        Assert.Contains("person:rex_tillerson a schema:Person", text, StringComparison.Ordinal);
        Assert.Contains("g:DEMAND", text, StringComparison.Ordinal);
    }

    private static string Export(TempDirectory temp, RdfFormat format)
    {
        string path = temp.File("sample" + RdfFormats.Extension(format));
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            RdfExport.Write(SampleGraph.Create(), format, writer);
        }

        return path;
    }
}
