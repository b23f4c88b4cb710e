using System.Buffers;
using System.Text;

namespace Graph.Rdf.Internal.Text;

/// <summary>
/// Character classes shared by Turtle names (PN_CHARS_BASE, PN_CHARS) and XML names (NameStartChar, NameChar):
/// the two grammars draw on the same Unicode ranges.
/// </summary>
internal static class NameChars
{
    /// <summary>Turtle PN_CHARS_BASE, which is XML's NameStartChar without <c>:</c> and <c>_</c>.</summary>
    public static bool IsBase(int c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xF6) or (>= 0xF8 and <= 0x2FF)
            or (>= 0x370 and <= 0x37D) or (>= 0x37F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    /// <summary>Turtle PN_CHARS_U: PN_CHARS_BASE or <c>_</c>.</summary>
    public static bool IsBaseOrUnderscore(int c) => c == '_' || IsBase(c);

    /// <summary>Turtle PN_CHARS (XML NameChar without <c>:</c> and <c>.</c>).</summary>
    public static bool IsNameChar(int c) =>
        IsBaseOrUnderscore(c) || c is '-' or (>= '0' and <= '9') or 0xB7 or (>= 0x300 and <= 0x36F) or (>= 0x203F and <= 0x2040);

    /// <summary>XML NCName start character (NameStartChar without <c>:</c>).</summary>
    public static bool IsNcNameStart(int c) => IsBaseOrUnderscore(c);

    /// <summary>XML NCName character (NameChar without <c>:</c>).</summary>
    public static bool IsNcNameChar(int c) => IsNameChar(c) || c == '.';

    /// <summary>True when <paramref name="text"/> is a non-empty XML NCName.</summary>
    public static bool IsNcName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        int i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int consumed) != OperationStatus.Done)
            {
                return false;
            }

            if (i == 0 ? !IsNcNameStart(rune.Value) : !IsNcNameChar(rune.Value))
            {
                return false;
            }

            i += consumed;
        }

        return true;
    }

    /// <summary>True for characters XML 1.0 can carry (Char production).</summary>
    public static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>ASCII hex digit.</summary>
    public static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f');
}
