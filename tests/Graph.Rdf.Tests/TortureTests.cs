using System.Text;
using Graph.Rdf.Tests.Support;
using Graph.Testing;

namespace Graph.Rdf.Tests;

/// <summary>The torture graph through every writer, judged by the strict parsers.</summary>
public sealed class TortureTests
{
    [SkippableTheory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    [InlineData(RdfFormat.JsonLd)]
    [InlineData(RdfFormat.RdfXml)]
    public void TortureGraph_EveryFormat_ParsesStrictlyAndMatchesOurNQuads(RdfFormat format)
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh, which runs npm ci)");

        // Arrange: RDF/XML gets the part XML 1.0 can carry; the reference is our N-Quads of the same statements.
        using var temp = new TempDirectory();
        IReadOnlyList<RdfQuad> statements = [.. format == RdfFormat.RdfXml ? TortureGraph.Portable() : TortureGraph.All()];
        string reference = Write(temp, statements, RdfFormat.NQuads);

        // Act
        string file = Write(temp, statements, format);

        // Assert: both strict parsers accept it where both read the syntax, and the graphs are isomorphic.
        IReadOnlyList<string> parsers = format is RdfFormat.JsonLd or RdfFormat.RdfXml ? ["oxigraph"] : ["n3", "oxigraph"];
        bool merge = !RdfFormats.SupportsNamedGraphs(format);
        RdfValidator.AssertAllOk(RdfValidator.Run(
        [
            new("reference", reference, "nquads", ["n3", "oxigraph"]),
            new(RdfFormats.Name(format), file, RdfValidator.ScriptName(format), parsers, reference, "nquads", merge),
        ]));
    }

    [Fact]
    public void TortureGraph_NQuads_ReadBackByOurReaderGivesTheSameStatements()
    {
        IReadOnlyList<RdfQuad> statements = [.. TortureGraph.All()];
        var output = new StringWriter();
        using (RdfWriterBase writer = RdfWriters.Create(RdfFormat.NQuads, output))
        {
            writer.AddRange(statements);
        }

        IReadOnlyList<RdfQuad> read = NTriplesReader.Parse(output.ToString(), quads: true);

        // IRIs come back percent-encoded where IRIREF forbids the raw character; blank nodes are relabelled.
        Assert.Equal(statements.Count, read.Count);
        for (int i = 0; i < statements.Count; i++)
        {
            Assert.Equal(Normalize(statements[i].Object), Normalize(read[i].Object));
            Assert.Equal(Normalize(statements[i].Subject), Normalize(read[i].Subject));
        }
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    public void Escaping_AstralAndControlCharacters_NeverSurrogateEscapes(RdfFormat format)
    {
        string text = WriteToString(TortureGraph.All(), format);

        Assert.Contains("😀", text, StringComparison.Ordinal);
        Assert.Contains("\\u0001\\u0002\\b\\u000B\\f\\u001B\\u001F", text, StringComparison.Ordinal);
        Assert.Contains("\\u0000 and DEL \\u007F", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uD8", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\uDE", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("with%20space%20and%20tab%09", text, StringComparison.Ordinal);
        Assert.Contains("%7Bcurly%7D%7Cpipe%5Ecaret%60tick%5Cback%22quote%3Clt%3Egt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_LocalNames_AbbreviatedOnlyWhenSafe()
    {
        string text = WriteToString(TortureGraph.All(), RdfFormat.Turtle);

        Assert.Contains("path:123abc ", text, StringComparison.Ordinal);
        Assert.Contains("path:a.b ", text, StringComparison.Ordinal);
        Assert.Contains("path:a%20b ", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/path/abc.>", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/path/-start>", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/path/a~b>", text, StringComparison.Ordinal);
        Assert.Contains("path:a%252 ", text, StringComparison.Ordinal); // a stray '%' is encoded
        Assert.DoesNotContain("a%2>", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/path/a:b>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u0000")]
    [InlineData("\uFFFE")]
    public void RdfXml_XmlForbiddenCharacter_RefusedNotWritten(string character)
    {
        var output = new StringWriter();
        RdfWriterBase writer = RdfWriters.Create(RdfFormat.RdfXml, output);

        var quad = new RdfQuad(RdfTerm.Iri("http://example.org/s"), RdfTerm.Iri("http://example.org/p"), RdfTerm.Literal("a" + character));

        Assert.Throws<RdfSerializationException>(() => writer.Add(quad));
        Assert.DoesNotContain(character, output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.org/other/123")]
    [InlineData("http://example.org/other/")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#li")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#nodeID")]
    public void RdfXml_PredicateWithoutNcNameEnding_Refused(string predicate)
    {
        RdfWriterBase writer = RdfWriters.Create(RdfFormat.RdfXml, new StringWriter());

        var quad = new RdfQuad(RdfTerm.Iri("http://example.org/s"), RdfTerm.Iri(predicate), RdfTerm.Literal("v"));

        Assert.Throws<RdfSerializationException>(() => writer.Add(quad));
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.JsonLd)]
    [InlineData(RdfFormat.RdfXml)]
    public void LoneSurrogate_Refused(RdfFormat format)
    {
        RdfWriterBase writer = RdfWriters.Create(format, new StringWriter());

        var quad = new RdfQuad(RdfTerm.Iri("http://example.org/s"), RdfTerm.Iri("http://example.org/p"), RdfTerm.Literal("bad \uD83D alone"));

        Assert.Throws<RdfSerializationException>(() => writer.Add(quad));
    }

    [Fact]
    public void MalformedLanguageTag_Refused()
    {
        RdfWriterBase writer = RdfWriters.Create(RdfFormat.Turtle, new StringWriter());

        var quad = new RdfQuad(RdfTerm.Iri("http://example.org/s"), RdfTerm.Iri("http://example.org/p"), RdfTerm.LangString("x", "en_US"));

        Assert.Throws<RdfSerializationException>(() => writer.Add(quad));
    }

    private static RdfTerm Normalize(RdfTerm term) => term.Kind switch
    {
        RdfTermKind.Iri => RdfTerm.Iri(Uri.UnescapeDataString(term.Value)),
        RdfTermKind.BlankNode => RdfTerm.Blank("_"),
        _ => term with { Datatype = term.Datatype is null ? null : Uri.UnescapeDataString(term.Datatype) },
    };

    private static string WriteToString(IEnumerable<RdfQuad> statements, RdfFormat format)
    {
        var output = new StringWriter();
        using (RdfWriterBase writer = RdfWriters.Create(format, output, new RdfWriterOptions(TortureGraph.Namespaces)))
        {
            writer.AddRange(statements);
        }

        return output.ToString();
    }

    private static string Write(TempDirectory temp, IEnumerable<RdfQuad> statements, RdfFormat format)
    {
        string path = temp.File("torture" + RdfFormats.Extension(format));
        using var writer = RdfWriters.Create(format, new StreamWriter(path, false, new UTF8Encoding(false)),
            new RdfWriterOptions(TortureGraph.Namespaces, LeaveOpen: false, JsonLdVocabulary: "http://example.org/ns#"));
        writer.AddRange(statements);
        return path;
    }
}
