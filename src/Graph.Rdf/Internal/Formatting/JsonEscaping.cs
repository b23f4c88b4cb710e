using System.Buffers;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>JSON string escaping: quotes, backslashes and C0 controls; everything else raw UTF-8.</summary>
internal static class JsonEscaping
{
    private static readonly SearchValues<char> NeedsWork = Create();

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

    /// <summary>Writes <paramref name="text"/> as a quoted JSON string.</summary>
    public static void WriteString(TextWriter output, string text)
    {
        output.Write('"');
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int index = rest.IndexOfAny(NeedsWork);
            if (index < 0)
            {
                output.Write(rest);
                break;
            }

            output.Write(rest[..index]);
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
                    output.Write((char)((c >> 4) < 10 ? '0' + (c >> 4) : 'A' + (c >> 4) - 10));
                    output.Write((char)((c & 0xF) < 10 ? '0' + (c & 0xF) : 'A' + (c & 0xF) - 10));
                    break;
            }

            rest = rest[(index + 1)..];
        }

        output.Write('"');
    }

    private static SearchValues<char> Create()
    {
        var chars = new List<char> { '"', '\\' };
        for (char c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Add((char)c);
        }

        return SearchValues.Create([.. chars]);
    }
}
