using Graph.Rdf.Internal.Writing;

namespace Graph.Rdf;

/// <summary>The low-level API: a streaming writer for any statements in any <see cref="RdfFormat"/>.</summary>
public static class RdfWriters
{
    /// <summary>Creates a writer of <paramref name="format"/> over <paramref name="output"/>.</summary>
    /// <remarks>Dispose the writer (or call <see cref="RdfWriterBase.Complete"/>) to finish the document.</remarks>
    public static RdfWriterBase Create(RdfFormat format, TextWriter output, RdfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new RdfWriterOptions();
        IReadOnlyList<RdfNamespace> namespaces = options.Namespaces ?? [];
        return format switch
        {
            RdfFormat.NTriples => new NTriplesWriter(output, options.LeaveOpen, quads: false),
            RdfFormat.NQuads => new NTriplesWriter(output, options.LeaveOpen, quads: true),
            RdfFormat.Turtle => new TurtleWriter(output, options.LeaveOpen, namespaces, trig: false),
            RdfFormat.TriG => new TurtleWriter(output, options.LeaveOpen, namespaces, trig: true),
            RdfFormat.JsonLd => new JsonLdWriter(output, options.LeaveOpen, namespaces, options.JsonLdVocabulary),
            RdfFormat.RdfXml => new RdfXmlWriter(output, options.LeaveOpen, namespaces),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown RDF format."),
        };
    }
}
