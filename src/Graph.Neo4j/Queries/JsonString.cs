using System.Globalization;
using System.Text;

namespace Graph.Neo4j.Queries;

/// <summary>
/// A string as a quoted JSON literal, escaped by one fixed rule so the bytes never depend on a library's
/// defaults: printable text stays as it is (non-Latin scripts readable), while quotes, backslashes, control
/// and invisible spacing characters, characters outside the Basic Multilingual Plane (written as their
/// escaped UTF-16 pair; a lone surrogate becomes U+FFFD), private-use and unassigned code points become <c>\uXXXX</c>.
/// </summary>
internal static class JsonString
{
    /// <summary><paramref name="text"/> in double quotes, escaped.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    // A pair is escaped as it stands; a lone half is no character and becomes U+FFFD.
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        Escape(builder, c);
                        Escape(builder, text[++i]);
                    }
                    else
                    {
                        Escape(builder, '\uFFFD');
                    }

                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        Escape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Escape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static bool NeedsEscape(char c) => c != ' ' && (c == '\uFEFF' || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
