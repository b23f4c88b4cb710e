namespace Graph.Rdf;

/// <summary>A prefix bound to a namespace IRI, declared at the top of Turtle, TriG, JSON-LD and RDF/XML output.</summary>
/// <param name="Prefix">Prefix name (letters, digits, <c>_</c>, <c>-</c>; starts with a letter).</param>
/// <param name="Iri">Namespace IRI (usually ending in <c>/</c> or <c>#</c>).</param>
public sealed record RdfNamespace(string Prefix, string Iri);
