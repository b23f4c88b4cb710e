namespace Graph.Rdf;

/// <summary>What an <see cref="RdfTerm"/> is.</summary>
public enum RdfTermKind
{
    /// <summary>An absolute IRI.</summary>
    Iri,

    /// <summary>A blank node, identified by a label scoped to one document.</summary>
    BlankNode,

    /// <summary>A literal: lexical form plus datatype or language tag.</summary>
    Literal,
}
