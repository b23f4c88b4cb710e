using System.Buffers;
using System.Text;

namespace Graph.Rdf.Internal.Text;

/// <summary>
/// IRI spelling rules. IRIREF forbids U+0000–U+0020 and <c>&lt;&gt;"{}|^`\</c> raw, and UCHAR escapes may not
/// smuggle them in, so such characters are percent-encoded (their UTF-8 bytes as <c>%XX</c>).
/// </summary>
internal static class IriText
{
    private static readonly SearchValues<char> NotRaw = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\\u007F");

    /// <summary>Characters a minted path segment keeps raw besides letters and digits (RFC 3987 iunreserved).</summary>
    private static readonly SearchValues<char> SegmentAscii = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    /// <summary>
    /// Index of the first character that cannot appear raw in an IRIREF, of a surrogate, or of a <c>%</c> that does not
    /// start a <c>%XX</c> escape (RFC 3987 parsers reject those); -1 if none.
    /// </summary>
    public static int IndexOfNotRaw(ReadOnlySpan<char> iri)
    {
        for (int i = 0; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c == '%' && !IsPercentEscape(iri, i))
            {
                return i;
            }

            if (NotRaw.Contains(c) || char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The IRI with every character IRIREF does not allow raw, and every stray <c>%</c>, percent-encoded; the IRI
    /// itself when there is none.
    /// </summary>
    public static string Sanitize(string iri)
    {
        int first = IndexOfNotRaw(iri);
        if (first < 0)
        {
            return iri;
        }

        var builder = new StringBuilder(iri.Length + 16);
        builder.Append(iri, 0, first);
        for (int i = first; i < iri.Length; i++)
        {
            char c = iri[i];
            if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1]))
            {
                builder.Append(c).Append(iri[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                throw new RdfSerializationException($"IRI '{iri}' contains a lone surrogate (U+{(int)c:X4}).");
            }
            else if (NotRaw.Contains(c) || (c == '%' && !IsPercentEscape(iri, i)))
            {
                AppendPercentEncoded(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Encodes text as one IRI path segment: ASCII letters, digits, <c>-._~</c> and non-ASCII letters stay, the rest
    /// (including <c>/ ? # % :</c> and spaces) becomes <c>%XX</c> per UTF-8 byte.
    /// </summary>
    public static string EncodeSegment(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        foreach (Rune rune in text.EnumerateRunes())
        {
            int value = rune.Value;
            bool keep = value < 0x80 ? SegmentAscii.Contains((char)value) : IsUcsChar(value);
            if (keep)
            {
                builder.Append(rune.ToString());
            }
            else
            {
                int count = rune.EncodeToUtf8(bytes);
                for (int b = 0; b < count; b++)
                {
                    builder.Append('%').Append(Hex(bytes[b] >> 4)).Append(Hex(bytes[b] & 0xF));
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>RFC 3987 ucschar: non-ASCII characters an IRI may carry raw outside the query.</summary>
    public static bool IsUcsChar(int c) =>
        c is (>= 0xA0 and <= 0xD7FF) or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFEF)
            || (c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD);

    private static bool IsPercentEscape(ReadOnlySpan<char> iri, int i) =>
        i + 2 < iri.Length && NameChars.IsHex(iri[i + 1]) && NameChars.IsHex(iri[i + 2]);

    private static void AppendPercentEncoded(StringBuilder builder, char c)
    {
        Span<byte> bytes = stackalloc byte[4];
        int count = new Rune(c).EncodeToUtf8(bytes);
        for (int b = 0; b < count; b++)
        {
            builder.Append('%').Append(Hex(bytes[b] >> 4)).Append(Hex(bytes[b] & 0xF));
        }
    }

    private static char Hex(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
