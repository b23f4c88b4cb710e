using System.Buffers;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>
/// The escaping N-Triples, N-Quads, Turtle and TriG share (canonical N-Triples style): ECHAR for
/// <c>\b \t \n \f \r \" \\</c>, <c>\u00XX</c> (upper-case hex) for the other C0 controls and U+007F, everything
/// else raw UTF-8 — so characters beyond the BMP are never split into surrogate escapes.
/// </summary>
internal static class NTriplesEscaping
{
    private static readonly SearchValues<char> NeedsWork = CreateNeedsWork();

    /// <summary>Writes the body of a <c>"…"</c> string (without the quotes).</summary>
    public static void WriteStringBody(TextWriter output, string text)
    {
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int index = rest.IndexOfAny(NeedsWork);
            if (index < 0)
            {
                output.Write(rest);
                return;
            }

            if (index > 0)
            {
                output.Write(rest[..index]);
            }

            char c = rest[index];
            if (char.IsHighSurrogate(c) && index + 1 < rest.Length && char.IsLowSurrogate(rest[index + 1]))
            {
                output.Write(rest.Slice(index, 2));
                rest = rest[(index + 2)..];
                continue;
            }

            if (char.IsSurrogate(c))
            {
                throw new RdfSerializationException($"Text contains a lone surrogate (U+{(int)c:X4}); it has no UTF-8 form.");
            }

            WriteEscape(output, c);
            rest = rest[(index + 1)..];
        }
    }

    /// <summary>Writes the content of an <c>&lt;…&gt;</c> IRI, percent-encoding characters IRIREF forbids raw.</summary>
    public static void WriteIriBody(TextWriter output, string iri)
    {
        if (IriText.IndexOfNotRaw(iri) < 0)
        {
            output.Write(iri);
        }
        else
        {
            output.Write(IriText.Sanitize(iri));
        }
    }

    private static void WriteEscape(TextWriter output, char c)
    {
        switch (c)
        {
            case '"': output.Write("\\\""); break;
            case '\\': output.Write("\\\\"); break;
            case '\n': output.Write("\\n"); break;
            case '\r': output.Write("\\r"); break;
            case '\t': output.Write("\\t"); break;
            case '\b': output.Write("\\b"); break;
            case '\f': output.Write("\\f"); break;
            default:
                output.Write("\\u00");
                output.Write(HexUpper(c >> 4));
                output.Write(HexUpper(c & 0xF));
                break;
        }
    }

    private static char HexUpper(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private static SearchValues<char> CreateNeedsWork()
    {
        var chars = new List<char>();
        for (char c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['"', '\\', '\u007F']);
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Add((char)c);
        }

        return SearchValues.Create([.. chars]);
    }
}
