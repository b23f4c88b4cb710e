using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Mapping;

/// <summary>
/// Stable IRIs from stable ids: <c>person:rex_tillerson</c> becomes <c>&lt;base&gt;person/rex_tillerson</c>
/// (the part after the colon percent-encoded as one path segment). Also names the project's own terms
/// (<c>&lt;base&gt;ontology/DEMAND</c>) and the per-article named graphs (<c>&lt;base&gt;graph/article/…</c>).
/// </summary>
internal sealed partial class IriMinter
{
    private static readonly string[] InstanceKinds =
        ["article", "person", "organization", "country", "city", "region", "group", "namedevent", "event", "rel", "evidence", "cameo", "status", "publisher"];

    public IriMinter(string baseIri)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        if (!AbsoluteIri().IsMatch(baseIri) || IriText.IndexOfNotRaw(baseIri) >= 0)
        {
            throw new ArgumentException($"Base IRI '{baseIri}' is not an absolute IRI.", nameof(baseIri));
        }

        Base = baseIri.EndsWith('/') || baseIri.EndsWith('#') ? baseIri : baseIri + "/";
        Ontology = Base + "ontology/";
        Namespaces =
        [
            new("rdf", Vocabulary.Rdf),
            new("rdfs", Vocabulary.Rdfs),
            new("xsd", Vocabulary.Xsd),
            new("schema", Vocabulary.Schema),
            new("skos", Vocabulary.Skos),
            new("sem", Vocabulary.Sem),
            new("prov", Vocabulary.Prov),
            new("dcterms", Vocabulary.DcTerms),
            new("oa", Vocabulary.Oa),
            new("g", Ontology),
            .. InstanceKinds.Select(kind => new RdfNamespace(kind, Base + kind + "/")),
        ];
    }

    /// <summary>The base namespace, ending in <c>/</c> or <c>#</c>.</summary>
    public string Base { get; }

    /// <summary>Namespace of the project's own classes and properties.</summary>
    public string Ontology { get; }

    /// <summary>Every prefix the mapping uses, for writers to declare.</summary>
    public IReadOnlyList<RdfNamespace> Namespaces { get; }

    /// <summary>The IRI of anything with a stable id (<c>kind:local</c>).</summary>
    public RdfTerm ForId(string stableId)
    {
        int colon = stableId.IndexOf(':', StringComparison.Ordinal);
        string iri = colon > 0 && IsKind(stableId.AsSpan(0, colon))
            ? Base + stableId[..colon] + "/" + IriText.EncodeSegment(stableId[(colon + 1)..])
            : Base + "id/" + IriText.EncodeSegment(stableId);
        return RdfTerm.Iri(iri);
    }

    /// <summary>The evidence node of one sentence stating a relation (same key as the event id).</summary>
    public RdfTerm Evidence(string eventId) =>
        RdfTerm.Iri(Base + "evidence/" + IriText.EncodeSegment(eventId[(eventId.IndexOf(':', StringComparison.Ordinal) + 1)..]));

    /// <summary>The named graph holding what one article contributes.</summary>
    public RdfTerm GraphOf(string articleId) =>
        RdfTerm.Iri(Base + "graph/article/" + IriText.EncodeSegment(articleId[(articleId.IndexOf(':', StringComparison.Ordinal) + 1)..]));

    /// <summary>A term of the project's ontology (<c>g:DEMAND</c>, <c>g:Group</c> …).</summary>
    public RdfTerm Term(string localName) => RdfTerm.Iri(Ontology + IriText.EncodeSegment(localName));

    /// <summary>The <c>sem:EventType</c> of a CAMEO code.</summary>
    public RdfTerm Cameo(string code) => RdfTerm.Iri(Base + "cameo/" + IriText.EncodeSegment(code));

    /// <summary>The <c>skos:Concept</c> of a fact status (<c>&lt;base&gt;status/alleged</c>).</summary>
    public RdfTerm Status(FactStatus status) => RdfTerm.Iri(Base + "status/" + status.Name());

    /// <summary>A publisher named in article metadata.</summary>
    public RdfTerm Publisher(string name) => RdfTerm.Iri(Base + "publisher/" + IriText.EncodeSegment(StableId.Slug(name)));

    private static bool IsKind(ReadOnlySpan<char> kind)
    {
        foreach (string candidate in InstanceKinds)
        {
            if (kind.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex AbsoluteIri();
}
