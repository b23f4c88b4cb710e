using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Formatting;

namespace Graph.Rdf.Internal.Writing;

/// <summary>N-Triples (graph names dropped) or N-Quads: one statement per line, no state between lines.</summary>
internal sealed class NTriplesWriter(TextWriter output, bool leaveOpen, bool quads) : RdfWriterBase(output, leaveOpen)
{
    private readonly NTriplesFormatter _formatter = new(new WriterContext([]));

    private protected override void WriteCore(in RdfQuad quad)
    {
        TextWriter output = Output;
        ITermFormatter formatter = _formatter;
        formatter.WriteTerm(output, quad.Subject);
        output.Write(' ');
        formatter.WriteIri(output, quad.Predicate.Value);
        output.Write(' ');
        formatter.WriteTerm(output, quad.Object);
        if (quads && quad.Graph is { } graph)
        {
            output.Write(' ');
            formatter.WriteTerm(output, graph);
        }

        output.Write(" .\n");
    }
}
