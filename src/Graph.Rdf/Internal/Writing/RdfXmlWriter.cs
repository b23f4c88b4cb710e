using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Formatting;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Writing;

/// <summary>
/// Streaming RDF/XML: one <c>rdf:Description</c> per run of statements about one subject. Predicates use a
/// declared prefix when their namespace part is declared, else an <c>xmlns:p</c> declared on the property element
/// itself. Statements RDF/XML cannot carry (no NCName ending, characters XML 1.0 forbids) are refused with
/// <see cref="RdfSerializationException"/> instead of producing a broken document. Graph names are dropped.
/// </summary>
internal sealed class RdfXmlWriter : RdfWriterBase
{
    private const string LocalPrefix = "p";

    private readonly WriterContext _context;
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private RdfTerm? _subject;

    public RdfXmlWriter(TextWriter output, bool leaveOpen, IEnumerable<RdfNamespace> namespaces)
        : base(output, leaveOpen)
    {
        var usable = new List<RdfNamespace> { new("rdf", XmlQName.RdfNamespace) };
        foreach (RdfNamespace ns in namespaces)
        {
            bool reserved = ns.Prefix is "rdf" or LocalPrefix || ns.Prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
            if (!reserved && NameChars.IsNcName(ns.Prefix) && ns.Iri.Length > 0 && IriText.IndexOfNotRaw(ns.Iri) < 0)
            {
                usable.Add(ns);
            }
        }

        _context = new WriterContext(usable);
        foreach (RdfNamespace ns in usable)
        {
            _declared.Add(ns.Prefix);
        }
    }

    private protected override void WriteStart()
    {
        Output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        foreach (RdfNamespace ns in _context.Prefixes.Namespaces)
        {
            Output.Write("\n    xmlns:");
            Output.Write(ns.Prefix);
            Output.Write("=\"");
            XmlEscaping.WriteAttribute(Output, ns.Iri);
            Output.Write('"');
        }

        Output.Write(">\n");
    }

    private protected override void WriteCore(in RdfQuad quad)
    {
        string predicate = IriText.Sanitize(quad.Predicate.Value);
        if (!XmlQName.TrySplit(predicate, out int localStart))
        {
            throw new RdfSerializationException(
                $"Predicate <{predicate}> has no NCName ending or is an RDF/XML syntax name, so RDF/XML cannot write it.");
        }

        if (_subject is not { } subject || subject != quad.Subject)
        {
            CloseSubject();
            Output.Write("  <rdf:Description ");
            WriteNodeAttribute(quad.Subject, "rdf:about");
            Output.Write(">\n");
            _subject = quad.Subject;
        }

        ReadOnlySpan<char> local = predicate.AsSpan(localStart);
        ReadOnlySpan<char> ns = predicate.AsSpan(0, localStart);
        Output.Write("    <");
        string prefix;
        if (_context.Prefixes.TryGetExact(ns, out RdfNamespace declared))
        {
            prefix = declared.Prefix;
            Output.Write(prefix);
            Output.Write(':');
            Output.Write(local);
        }
        else
        {
            prefix = LocalPrefix;
            Output.Write(LocalPrefix + ":");
            Output.Write(local);
            Output.Write(" xmlns:" + LocalPrefix + "=\"");
            XmlEscaping.WriteAttribute(Output, ns.ToString());
            Output.Write('"');
        }

        RdfTerm value = quad.Object;
        if (!value.IsLiteral)
        {
            Output.Write(' ');
            WriteNodeAttribute(value, "rdf:resource");
            Output.Write("/>\n");
            return;
        }

        if (value.Language is { } language)
        {
            Output.Write(" xml:lang=\"");
            Output.Write(LanguageTag.Validate(language));
            Output.Write('"');
        }
        else if (value.Datatype is { } datatype)
        {
            Output.Write(" rdf:datatype=\"");
            XmlEscaping.WriteAttribute(Output, IriText.Sanitize(datatype));
            Output.Write('"');
        }

        Output.Write('>');
        XmlEscaping.WriteText(Output, value.Value);
        Output.Write("</");
        Output.Write(prefix);
        Output.Write(':');
        Output.Write(local);
        Output.Write(">\n");
    }

    private protected override void WriteEnd()
    {
        CloseSubject();
        Output.Write("</rdf:RDF>\n");
    }

    private void CloseSubject()
    {
        if (_subject is not null)
        {
            Output.Write("  </rdf:Description>\n");
            _subject = null;
        }
    }

    private void WriteNodeAttribute(in RdfTerm node, string iriAttribute)
    {
        if (node.IsBlankNode)
        {
            Output.Write("rdf:nodeID=\"");
            Output.Write(_context.BlankNodes.For(node.Value));
        }
        else
        {
            Output.Write(iriAttribute);
            Output.Write("=\"");
            XmlEscaping.WriteAttribute(Output, IriText.Sanitize(node.Value));
        }

        Output.Write('"');
    }
}
