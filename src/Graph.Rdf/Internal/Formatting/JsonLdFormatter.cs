using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>
/// JSON-LD terms against the writer's inline context: vocabulary terms bare (<c>"name"</c>), other IRIs as
/// compact IRIs (<c>"prov:entity"</c>) when the prefix can expand them, else absolute; literals as plain
/// strings (<c>xsd:string</c>) or value objects, always with their exact lexical form.
/// </summary>
internal sealed class JsonLdFormatter : ITermFormatter
{
    private readonly WriterContext _context;
    private readonly HashSet<string> _terms;

    public JsonLdFormatter(WriterContext context, string? vocabulary)
    {
        _context = context;
        Vocabulary = vocabulary is null ? null : IriText.Sanitize(vocabulary);
        _terms = new HashSet<string>(context.Prefixes.Namespaces.Where(IsUsablePrefix).Select(ns => ns.Prefix), StringComparer.Ordinal);
    }

    public string? Vocabulary { get; }

    /// <summary>Namespaces declared in the context (those whose IRI lets a compact IRI expand).</summary>
    public IEnumerable<RdfNamespace> ContextPrefixes => _context.Prefixes.Namespaces.Where(IsUsablePrefix);

    public void WriteIri(TextWriter output, string iri) => JsonEscaping.WriteString(output, Compact(iri, vocabRelative: false));

    public void WriteBlankNode(TextWriter output, string label) =>
        JsonEscaping.WriteString(output, "_:" + _context.BlankNodes.For(label));

    /// <summary>Writes a node reference: <c>{"@id": …}</c>.</summary>
    public void WriteNodeReference(TextWriter output, in RdfTerm term)
    {
        output.Write("{\"@id\": ");
        ((ITermFormatter)this).WriteTerm(output, term);
        output.Write('}');
    }

    public void WriteLiteral(TextWriter output, in RdfTerm literal)
    {
        if (literal.Language is { } language)
        {
            output.Write("{\"@value\": ");
            JsonEscaping.WriteString(output, literal.Value);
            output.Write(", \"@language\": ");
            JsonEscaping.WriteString(output, LanguageTag.Validate(language));
            output.Write('}');
        }
        else if (literal.Datatype is { } datatype)
        {
            output.Write("{\"@value\": ");
            JsonEscaping.WriteString(output, literal.Value);
            output.Write(", \"@type\": ");
            JsonEscaping.WriteString(output, Compact(datatype, vocabRelative: false));
            output.Write('}');
        }
        else
        {
            JsonEscaping.WriteString(output, literal.Value);
        }
    }

    /// <summary>Writes any object value: node reference or literal.</summary>
    public void WriteValue(TextWriter output, in RdfTerm term)
    {
        if (term.IsLiteral)
        {
            WriteLiteral(output, term);
        }
        else
        {
            WriteNodeReference(output, term);
        }
    }

    /// <summary>The key or <c>@type</c> value spelling of an IRI (vocabulary-relative allowed).</summary>
    public string CompactVocab(string iri) => Compact(iri, vocabRelative: true);

    private string Compact(string iri, bool vocabRelative)
    {
        iri = IriText.Sanitize(iri);
        if (vocabRelative && Vocabulary is not null && iri.Length > Vocabulary.Length && iri.StartsWith(Vocabulary, StringComparison.Ordinal))
        {
            string local = iri[Vocabulary.Length..];
            if (IsSimpleTerm(local) && !_terms.Contains(local))
            {
                return local;
            }
        }

        if (_context.Prefixes.TryFind(iri, out RdfNamespace ns) && _terms.Contains(ns.Prefix))
        {
            ReadOnlySpan<char> local = iri.AsSpan(ns.Iri.Length);
            if (!local.StartsWith("//"))
            {
                return string.Concat(ns.Prefix, ":", local);
            }
        }

        int colon = iri.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && _terms.Contains(iri[..colon]))
        {
            throw new RdfSerializationException($"IRI '{iri}' has a scheme that is also a context prefix; JSON-LD would misread it.");
        }

        return iri;
    }

    private static bool IsSimpleTerm(string local)
    {
        if (local.Length == 0 || !(char.IsAsciiLetter(local[0]) || local[0] == '_'))
        {
            return false;
        }

        foreach (char c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    // A simple term definition is a prefix only when its IRI ends in a gen-delim (JSON-LD 1.1, "prefix flag").
    private static bool IsUsablePrefix(RdfNamespace ns) =>
        ns.Prefix.Length > 0 && !ns.Prefix.Contains(':', StringComparison.Ordinal) && !ns.Prefix.StartsWith('@') && ns.Prefix != "_"
        && ns.Iri.Length > 0 && ":/?#[]@".Contains(ns.Iri[^1], StringComparison.Ordinal);
}
