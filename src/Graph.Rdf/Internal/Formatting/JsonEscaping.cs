namespace Graph.Rdf.Internal.Formatting;

/// <summary>JSON string escaping: quotes, backslashes and control characters escaped; everything else raw UTF-8.</summary>
internal static class JsonEscaping
{
    /// <summary>Throws when <paramref name="text"/> holds a lone surrogate, which has no UTF-8 form.</summary>
    public static void Validate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new RdfSerializationException($"Text contains a lone surrogate (U+{(int)text[i]:X4}); it has no UTF-8 form.");
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> as a quoted JSON string. JSON accepts the N-Triples escapes
    /// (<c>\" \\ \n \r \t \b \f \u00XX</c>), so both share one escaping routine.
    /// </summary>
    public static void WriteString(TextWriter output, string text)
    {
        output.Write('"');
        NTriplesEscaping.WriteStringBody(output, text);
        output.Write('"');
    }
}
