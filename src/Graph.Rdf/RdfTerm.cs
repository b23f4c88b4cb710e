namespace Graph.Rdf;

/// <summary>
/// One RDF term. For literals, <see cref="Datatype"/> is null for plain strings (<c>xsd:string</c>) and for
/// language-tagged strings (<see cref="Language"/> set, datatype <c>rdf:langString</c>).
/// </summary>
/// <param name="Kind">IRI, blank node or literal.</param>
/// <param name="Value">The IRI, the blank-node label (without <c>_:</c>) or the literal's lexical form.</param>
/// <param name="Datatype">Datatype IRI of a typed literal other than <c>xsd:string</c>.</param>
/// <param name="Language">Language tag of a language-tagged string.</param>
public readonly record struct RdfTerm(RdfTermKind Kind, string Value, string? Datatype = null, string? Language = null)
{
    /// <summary>The IRI of <c>xsd:string</c>, the datatype of plain literals.</summary>
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";

    /// <summary>The IRI of <c>rdf:langString</c>, the datatype of language-tagged literals.</summary>
    public const string RdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /// <summary>True for IRIs.</summary>
    public bool IsIri => Kind == RdfTermKind.Iri;

    /// <summary>True for blank nodes.</summary>
    public bool IsBlankNode => Kind == RdfTermKind.BlankNode;

    /// <summary>True for literals.</summary>
    public bool IsLiteral => Kind == RdfTermKind.Literal;

    /// <summary>The literal's datatype IRI, including the implicit <c>xsd:string</c> and <c>rdf:langString</c>.</summary>
    public string EffectiveDatatype => Language is not null ? RdfLangString : Datatype ?? XsdString;

    /// <summary>An IRI term.</summary>
    public static RdfTerm Iri(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        return new RdfTerm(RdfTermKind.Iri, iri);
    }

    /// <summary>A blank node with a document-scoped label.</summary>
    public static RdfTerm Blank(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        return new RdfTerm(RdfTermKind.BlankNode, label);
    }

    /// <summary>A plain string literal.</summary>
    public static RdfTerm Literal(string lexicalForm)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        return new RdfTerm(RdfTermKind.Literal, lexicalForm);
    }

    /// <summary>A typed literal; <c>xsd:string</c> gives a plain literal.</summary>
    public static RdfTerm Typed(string lexicalForm, string datatypeIri)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatypeIri);
        return new RdfTerm(RdfTermKind.Literal, lexicalForm, datatypeIri == XsdString ? null : datatypeIri);
    }

    /// <summary>A language-tagged string literal.</summary>
    public static RdfTerm LangString(string lexicalForm, string language)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentException.ThrowIfNullOrEmpty(language);
        return new RdfTerm(RdfTermKind.Literal, lexicalForm, null, language);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        RdfTermKind.Iri => "<" + Value + ">",
        RdfTermKind.BlankNode => "_:" + Value,
        _ when Language is not null => "\"" + Value + "\"@" + Language,
        _ when Datatype is not null => "\"" + Value + "\"^^<" + Datatype + ">",
        _ => "\"" + Value + "\"",
    };
}
