namespace Graph.Rdf.Internal.Formatting;

/// <summary>Spells single terms in one syntax; writers never escape anything themselves.</summary>
internal interface ITermFormatter
{
    /// <summary>Writes an IRI in the syntax's IRI form (for example <c>&lt;…&gt;</c> or a prefixed name).</summary>
    void WriteIri(TextWriter output, string iri);

    /// <summary>Writes a blank node under its document-scoped label.</summary>
    void WriteBlankNode(TextWriter output, string label);

    /// <summary>Writes a literal with its datatype or language tag.</summary>
    void WriteLiteral(TextWriter output, in RdfTerm literal);

    /// <summary>Writes any term.</summary>
    void WriteTerm(TextWriter output, in RdfTerm term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                WriteIri(output, term.Value);
                break;
            case RdfTermKind.BlankNode:
                WriteBlankNode(output, term.Value);
                break;
            default:
                WriteLiteral(output, term);
                break;
        }
    }
}
