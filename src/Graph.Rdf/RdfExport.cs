using Graph.Model;
using Graph.Rdf.Internal.Mapping;

namespace Graph.Rdf;

/// <summary>Exports the graph as RDF with standard vocabularies (schema.org, SEM, PROV-O, SKOS, Dublin Core terms).</summary>
public static class RdfExport
{
    /// <summary>
    /// Streams the graph from <paramref name="source"/> to <paramref name="output"/> in <paramref name="format"/>.
    /// N-Quads, TriG and JSON-LD put each article's evidence and events in a named graph of its own; the other
    /// syntaxes carry one merged graph. The output is flushed, not closed.
    /// </summary>
    /// <returns>The number of statements (triples or quads) written.</returns>
    public static long Write(IGraphSource source, RdfFormat format, TextWriter output, RdfExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        var iris = new IriMinter((options ?? new RdfExportOptions()).BaseIri);
        using RdfWriterBase writer = RdfWriters.Create(
            format, output, new RdfWriterOptions(iris.Namespaces, LeaveOpen: true, JsonLdVocabulary: Vocabulary.Schema));
        foreach (RdfQuad quad in new GraphMapper(iris, RdfFormats.SupportsNamedGraphs(format)).Map(source))
        {
            writer.Add(quad);
        }

        writer.Complete();
        return writer.Count;
    }

    /// <summary>
    /// The statements <see cref="Write"/> would write, as a lazy stream: with <paramref name="namedGraphs"/> each
    /// article's evidence and events carry its graph name, otherwise every statement is in the default graph.
    /// </summary>
    public static IEnumerable<RdfQuad> Statements(IGraphSource source, bool namedGraphs, RdfExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var iris = new IriMinter((options ?? new RdfExportOptions()).BaseIri);
        return new GraphMapper(iris, namedGraphs).Map(source);
    }

    /// <summary>The prefixes the mapping declares for <paramref name="options"/>' base IRI.</summary>
    public static IReadOnlyList<RdfNamespace> Namespaces(RdfExportOptions? options = null) =>
        new IriMinter((options ?? new RdfExportOptions()).BaseIri).Namespaces;
}
