using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>
/// XML 1.0 escaping. Markup characters become entities; CR (and in attributes TAB and LF) become character
/// references so parsers do not normalize them away. Characters XML 1.0 cannot carry at all — most C0 controls,
/// U+FFFE, U+FFFF, lone surrogates — are refused rather than written.
/// </summary>
internal static class XmlEscaping
{
    public static void WriteText(TextWriter output, string text) => Write(output, text, attribute: false);

    public static void WriteAttribute(TextWriter output, string text) => Write(output, text, attribute: true);

    private static void Write(TextWriter output, string text, bool attribute)
    {
        int runStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\r' => "&#13;",
                '\n' when attribute => "&#10;",
                '\t' when attribute => "&#9;",
                _ => null,
            };
            if (replacement is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                if (!NameChars.IsXmlChar(c) || char.IsSurrogate(c))
                {
                    throw new RdfSerializationException(
                        $"U+{(int)c:X4} cannot appear in XML 1.0, so RDF/XML cannot carry \"{text}\"; use another syntax.");
                }

                continue;
            }

            output.Write(text.AsSpan(runStart, i - runStart));
            output.Write(replacement);
            runStart = i + 1;
        }

        output.Write(text.AsSpan(runStart));
    }
}
