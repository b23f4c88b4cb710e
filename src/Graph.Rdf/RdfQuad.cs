namespace Graph.Rdf;

/// <summary>One statement: a triple, in the default graph when <see cref="Graph"/> is null, else in that named graph.</summary>
/// <param name="Subject">IRI or blank node.</param>
/// <param name="Predicate">IRI.</param>
/// <param name="Object">Any term.</param>
/// <param name="Graph">Graph name (IRI or blank node), or null for the default graph.</param>
public readonly record struct RdfQuad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm? Graph = null)
{
    /// <summary>The same triple in the default graph.</summary>
    public RdfQuad InDefaultGraph => this with { Graph = null };
}
