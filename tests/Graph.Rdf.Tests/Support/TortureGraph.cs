namespace Graph.Rdf.Tests.Support;

/// <summary>
/// Statements that break naive serializers: quotes, backslashes, line breaks, tabs, control characters, characters
/// beyond the BMP, right-to-left text, IRIs with spaces and reserved characters, local names that need escaping or
/// start with a digit, language tags, typed literals, empty strings, blank nodes, named graphs, and a property
/// that comes back after others on the same subject.
/// </summary>
public static class TortureGraph
{
    private const string Ex = "http://example.org/ns#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>Prefixes to declare, so the writers' abbreviation logic is exercised.</summary>
    public static IReadOnlyList<RdfNamespace> Namespaces { get; } =
    [
        new("ex", Ex),
        new("xsd", Xsd),
        new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        new("path", "http://example.org/path/"),
    ];

    /// <summary>Literals every syntax, RDF/XML included, can carry.</summary>
    public static IReadOnlyList<RdfTerm> PortableLiterals { get; } =
    [
        RdfTerm.Literal(string.Empty),
        RdfTerm.Literal("She said \"hi\" and 'bye'"),
        RdfTerm.Literal("back\\slash and trailing backslash \\"),
        RdfTerm.Literal("line one\nline two\r\nline three\rend"),
        RdfTerm.Literal("tab\there\tand\t\ttwo"),
        RdfTerm.Literal("\"\"\" triple quotes ''' and \"\""),
        RdfTerm.Literal("emoji 😀 clef 𝄞 and CJK 漢字"),
        RdfTerm.Literal("مرحبا بالعالم \u200F(rtl)\u200E שלום"),
        RdfTerm.Literal("markup <tag attr=\"v\">&amp; ]]> </tag>"),
        RdfTerm.Literal("NEL\u0085 LS\u2028 PS\u2029 BOM\uFEFF combining e\u0301"),
        RdfTerm.Literal("   leading and trailing spaces   "),
        RdfTerm.LangString("colour", "en-GB"),
        RdfTerm.LangString("Hello", "EN-us"),
        RdfTerm.LangString("繁體中文", "zh-Hant-TW"),
        RdfTerm.LangString("سلام", "ar"),
        RdfTerm.LangString(string.Empty, "fr"),
        RdfTerm.Typed("42", Xsd + "integer"),
        RdfTerm.Typed("-0", Xsd + "integer"),
        RdfTerm.Typed("+7", Xsd + "integer"),
        RdfTerm.Typed("007", Xsd + "integer"),
        RdfTerm.Typed("1.50", Xsd + "decimal"),
        RdfTerm.Typed(".5", Xsd + "decimal"),
        RdfTerm.Typed("1e3", Xsd + "double"),
        RdfTerm.Typed("true", Xsd + "boolean"),
        RdfTerm.Typed("2017-10-22", Xsd + "date"),
        RdfTerm.Typed("2017-10-22T10:00:00Z", Xsd + "dateTime"),
        RdfTerm.Typed("not a number", Xsd + "integer"),
        RdfTerm.Typed(string.Empty, "http://example.org/datatypes#empty"),
        RdfTerm.Typed("x", "http://example.org/datatypes/with space#t"),
        RdfTerm.Typed("<a>b</a>", "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral"),
    ];

    /// <summary>Literals with characters XML 1.0 cannot carry.</summary>
    public static IReadOnlyList<RdfTerm> ControlLiterals { get; } =
    [
        RdfTerm.Literal("controls \u0001\u0002\u0008\u000B\u000C\u001B\u001F"),
        RdfTerm.Literal("nul \u0000 and DEL \u007F"),
        RdfTerm.Literal("backspace\b form feed\f"),
    ];

    /// <summary>Subjects and objects with awkward IRIs.</summary>
    public static IReadOnlyList<RdfTerm> Iris { get; } =
    [
        RdfTerm.Iri("http://example.org/path/with space and tab\t"),
        RdfTerm.Iri("http://example.org/path/q?x=1&y=2#frag"),
        RdfTerm.Iri("http://example.org/path/a'b(c)*+,;=!$"),
        RdfTerm.Iri("http://example.org/path/{curly}|pipe^caret`tick\\back\"quote<lt>gt"),
        RdfTerm.Iri("http://example.org/path/üñí/ديك/😀"),
        RdfTerm.Iri("http://example.org/path/123abc"),
        RdfTerm.Iri("http://example.org/path/abc."),
        RdfTerm.Iri("http://example.org/path/-start"),
        RdfTerm.Iri("http://example.org/path/a.b"),
        RdfTerm.Iri("http://example.org/path/_under"),
        RdfTerm.Iri("http://example.org/path/a~b"),
        RdfTerm.Iri("http://example.org/path/a%20b"),
        RdfTerm.Iri("http://example.org/path/a%2"),
        RdfTerm.Iri("http://example.org/path/a:b"),
        RdfTerm.Iri("http://example.org/path/"),
        RdfTerm.Iri("urn:isbn:0451450523"),
        RdfTerm.Iri("mailto:someone@example.org"),
        RdfTerm.Iri("http://[::1]:8080/ipv6"),
    ];

    /// <summary>Predicates RDF/XML can write, some only by splitting at an unusual place.</summary>
    public static IReadOnlyList<RdfTerm> PortablePredicates { get; } =
    [
        RdfTerm.Iri(Ex + "p"),
        RdfTerm.Iri(Ex + "_1"),
        RdfTerm.Iri("http://example.org/other/ünïcode"),
        RdfTerm.Iri("http://example.org/other/v1.2-beta"),
        RdfTerm.Iri("http://example.org/other/a1b2"),
        RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#_3"),
        RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#lie"),
        RdfTerm.Iri("http://example.org/with space/p"),
    ];

    /// <summary>Predicates with no NCName ending or reserved by RDF/XML's syntax (not writable in RDF/XML).</summary>
    public static IReadOnlyList<RdfTerm> NonXmlPredicates { get; } =
    [
        RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#li"),
        RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#Description"),
        RdfTerm.Iri("http://example.org/other/123"),
        RdfTerm.Iri("http://example.org/other/"),
    ];

    /// <summary>The portable part: every format including RDF/XML.</summary>
    public static IEnumerable<RdfQuad> Portable()
    {
        RdfTerm p = PortablePredicates[0];
        RdfTerm q = RdfTerm.Iri(Ex + "q");
        RdfTerm graph = RdfTerm.Iri("http://example.org/graph/one");
        RdfTerm blankGraph = RdfTerm.Blank("g-1");
        int i = 0;
        foreach (RdfTerm subject in Iris)
        {
            foreach (RdfTerm literal in PortableLiterals.Skip(i % 7).Take(4))
            {
                yield return new RdfQuad(subject, PortablePredicates[i % PortablePredicates.Count], literal, i % 3 == 0 ? graph : null);
                i++;
            }

            yield return new RdfQuad(subject, p, Iris[(i + 3) % Iris.Count]);
        }

        foreach (RdfTerm literal in PortableLiterals)
        {
            yield return new RdfQuad(RdfTerm.Iri(Ex + "all"), p, literal);
        }

        foreach (RdfTerm predicate in PortablePredicates)
        {
            yield return new RdfQuad(RdfTerm.Blank("b-1.x"), predicate, RdfTerm.Blank("1a"), blankGraph);
        }

        // The same property after another one on the same subject (JSON-LD must not repeat a key).
        RdfTerm again = RdfTerm.Iri(Ex + "again");
        yield return new RdfQuad(again, p, RdfTerm.Literal("first"));
        yield return new RdfQuad(again, q, RdfTerm.Literal("middle"));
        yield return new RdfQuad(again, p, RdfTerm.Literal("last"));
        yield return new RdfQuad(again, RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), RdfTerm.Iri(Ex + "Thing"));
        yield return new RdfQuad(again, RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), RdfTerm.Blank("type-node"));
        yield return new RdfQuad(again, RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), RdfTerm.Literal("a literal type"));
        yield return new RdfQuad(again, q, RdfTerm.Literal("after types"));
        yield return new RdfQuad(RdfTerm.Blank("1a"), p, RdfTerm.Blank("b-1.x"), graph);
    }

    /// <summary>Everything: the portable part plus control characters and predicates RDF/XML cannot write.</summary>
    public static IEnumerable<RdfQuad> All()
    {
        foreach (RdfQuad quad in Portable())
        {
            yield return quad;
        }

        RdfTerm subject = RdfTerm.Iri(Ex + "controls");
        foreach (RdfTerm literal in ControlLiterals)
        {
            yield return new RdfQuad(subject, PortablePredicates[0], literal);
        }

        foreach (RdfTerm predicate in NonXmlPredicates)
        {
            yield return new RdfQuad(subject, predicate, RdfTerm.Literal("value"), RdfTerm.Iri("http://example.org/graph/two"));
        }
    }
}
