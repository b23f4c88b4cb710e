using System.Globalization;
using Graph.Rdf;

namespace Graph.Rdf.Benchmarks;

/// <summary>
/// A deterministic news-like graph of any size, generated on the fly: ten statements per subject, IRIs in
/// declared namespaces, escaped and accented strings, language tags, dates, integers and some blank nodes.
/// </summary>
internal static class GeneratedGraph
{
    public const string Ex = "http://example.org/resource/";
    public const string Schema = "https://schema.org/";

    public static IReadOnlyList<RdfNamespace> Namespaces { get; } =
    [
        new("ex", Ex),
        new("schema", Schema),
        new("xsd", "http://www.w3.org/2001/XMLSchema#"),
        new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ];

    private static readonly RdfTerm[] Predicates =
    [
        RdfTerm.Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        RdfTerm.Iri(Schema + "name"),
        RdfTerm.Iri(Schema + "description"),
        RdfTerm.Iri(Schema + "alternateName"),
        RdfTerm.Iri(Schema + "datePublished"),
        RdfTerm.Iri(Schema + "mentions"),
        RdfTerm.Iri(Schema + "position"),
        RdfTerm.Iri(Schema + "about"),
        RdfTerm.Iri(Schema + "location"),
        RdfTerm.Iri(Schema + "author"),
    ];

    public static IEnumerable<RdfQuad> Triples(long count)
    {
        RdfTerm type = RdfTerm.Iri(Schema + "NewsArticle");
        for (long i = 0; i < count; i++)
        {
            long s = i / 10;
            int k = (int)(i % 10);
            RdfTerm subject = s % 10 == 9 ? RdfTerm.Blank("e" + s.ToString(CultureInfo.InvariantCulture)) : RdfTerm.Iri(Ex + "n" + s.ToString(CultureInfo.InvariantCulture));
            RdfTerm @object = k switch
            {
                0 => type,
                1 => RdfTerm.Literal("Entity number " + s.ToString(CultureInfo.InvariantCulture)),
                2 => RdfTerm.Literal("He said \"déjà vu\" on line " + i.ToString(CultureInfo.InvariantCulture) + "\nand left."),
                3 => RdfTerm.LangString("Nom numéro " + s.ToString(CultureInfo.InvariantCulture), "fr"),
                4 => RdfTerm.Typed("2017-10-" + (10 + (s % 19)).ToString(CultureInfo.InvariantCulture), "http://www.w3.org/2001/XMLSchema#date"),
                6 => RdfTerm.Typed(i.ToString(CultureInfo.InvariantCulture), "http://www.w3.org/2001/XMLSchema#integer"),
                _ => RdfTerm.Iri(Ex + "n" + ((s * 7) + k).ToString(CultureInfo.InvariantCulture)),
            };
            yield return new RdfQuad(subject, Predicates[k], @object);
        }
    }
}
