using System.Text;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>
/// Splits a predicate IRI into an XML namespace and an NCName local part, as RDF/XML property elements need:
/// the longest NCName suffix. Predicates that are syntax names of RDF/XML (<c>rdf:li</c>, <c>rdf:Description</c> …)
/// cannot be property IRIs whatever the split, because parsers judge the concatenated IRI.
/// </summary>
internal static class XmlQName
{
    public const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly HashSet<string> ReservedRdfNames = new(StringComparer.Ordinal)
    {
        "RDF", "Description", "ID", "about", "parseType", "resource", "nodeID", "datatype", "li", "aboutEach", "aboutEachPrefix", "bagID",
    };

    /// <summary>Finds the split; false when no suffix of the IRI is a usable NCName.</summary>
    public static bool TrySplit(string iri, out int localStart)
    {
        localStart = -1;
        if (iri.StartsWith(RdfNamespace, StringComparison.Ordinal) && ReservedRdfNames.Contains(iri[RdfNamespace.Length..]))
        {
            return false;
        }

        // Walk back over NCName characters to the start of the longest candidate suffix.
        int start = iri.Length;
        while (start > 0)
        {
            int previous = start - 1;
            if (char.IsLowSurrogate(iri[previous]) && previous > 0 && char.IsHighSurrogate(iri[previous - 1]))
            {
                previous--;
            }

            if (Rune.DecodeFromUtf16(iri.AsSpan(previous), out Rune rune, out _) != System.Buffers.OperationStatus.Done
                || !NameChars.IsNcNameChar(rune.Value))
            {
                break;
            }

            start = previous;
        }

        // Move forward to the first position where an NCName may start.
        for (int i = start; i < iri.Length; i++)
        {
            if (char.IsLowSurrogate(iri[i]))
            {
                continue;
            }

            Rune.DecodeFromUtf16(iri.AsSpan(i), out Rune rune, out _);
            if (NameChars.IsNcNameStart(rune.Value))
            {
                localStart = i;
                return true;
            }
        }

        return false;
    }
}
