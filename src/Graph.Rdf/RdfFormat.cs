namespace Graph.Rdf;

/// <summary>The RDF syntaxes the graph can be written in.</summary>
public enum RdfFormat
{
    /// <summary>Turtle (<c>.ttl</c>, <c>text/turtle</c>): prefixes, grouped subjects; graph names are dropped.</summary>
    Turtle,

    /// <summary>N-Triples (<c>.nt</c>, <c>application/n-triples</c>): one triple per line; graph names are dropped.</summary>
    NTriples,

    /// <summary>N-Quads (<c>.nq</c>, <c>application/n-quads</c>): one statement per line with its graph.</summary>
    NQuads,

    /// <summary>TriG (<c>.trig</c>, <c>application/trig</c>): Turtle with named-graph blocks.</summary>
    TriG,

    /// <summary>JSON-LD (<c>.jsonld</c>, <c>application/ld+json</c>): compact form with an inline context; keeps named graphs.</summary>
    JsonLd,

    /// <summary>RDF/XML (<c>.rdf</c>, <c>application/rdf+xml</c>); graph names are dropped.</summary>
    RdfXml,
}
