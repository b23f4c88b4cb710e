using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>N-Triples / N-Quads terms: full <c>&lt;IRI&gt;</c>, <c>_:label</c>, <c>"…"@lang</c> or <c>"…"^^&lt;dt&gt;</c>.</summary>
internal class NTriplesFormatter(WriterContext context) : ITermFormatter
{
    protected WriterContext Context { get; } = context;

    public virtual void WriteIri(TextWriter output, string iri)
    {
        output.Write('<');
        NTriplesEscaping.WriteIriBody(output, iri);
        output.Write('>');
    }

    public void WriteBlankNode(TextWriter output, string label)
    {
        output.Write("_:");
        output.Write(Context.BlankNodes.For(label));
    }

    public virtual void WriteLiteral(TextWriter output, in RdfTerm literal)
    {
        WriteQuoted(output, literal.Value);
        WriteSuffix(output, literal);
    }

    protected static void WriteQuoted(TextWriter output, string text)
    {
        output.Write('"');
        NTriplesEscaping.WriteStringBody(output, text);
        output.Write('"');
    }

    protected void WriteSuffix(TextWriter output, in RdfTerm literal)
    {
        if (literal.Language is not null)
        {
            output.Write('@');
            output.Write(LanguageTag.Validate(literal.Language));
        }
        else if (literal.Datatype is not null)
        {
            output.Write("^^");
            WriteIri(output, literal.Datatype);
        }
    }
}
