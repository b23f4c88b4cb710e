using System.Text;
using Graph.Model.Unicode;

namespace Graph.Model;

/// <summary>
/// Text as every store column and every export syntax can carry it: Unicode NFC, line ends as <c>\n</c>,
/// no control characters but tab and newline, no unpaired surrogates, no noncharacters. RDF/XML, for one,
/// cannot hold U+0001 at all, so such a character must never get as far as the store.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Returns <paramref name="text"/> normalized: CR LF, CR, NEL, vertical tab, form feed and the Unicode line
    /// and paragraph separators become <c>\n</c>; other control characters (C0, DEL, C1) but tab are removed;
    /// an unpaired surrogate becomes U+FFFD (something was there and is lost); noncharacters are removed; the
    /// result is composed (NFC). Text that needs nothing is returned as the same instance.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsRepair(text))
        {
            return UnicodeNormalizer.Nfc.Normalize(text);
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c == '\r')
            {
                // CR LF is one line end: the LF that follows is skipped.
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (IsLineEnd(c))
            {
                builder.Append('\n');
            }
            else if (!IsRemoved(c))
            {
                builder.Append(c);
            }
        }

        return UnicodeNormalizer.Nfc.Normalize(builder.ToString());
    }

    /// <summary>True when <see cref="Normalize"/> would return <paramref name="text"/> unchanged.</summary>
    public static bool IsNormalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !NeedsRepair(text) && ReferenceEquals(UnicodeNormalizer.Nfc.Normalize(text), text);
    }

    private static bool NeedsRepair(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || c == '\r' || IsLineEnd(c) || IsRemoved(c))
            {
                return true;
            }
        }

        return false;
    }

    // Characters Unicode treats as mandatory line breaks; CR is handled apart because of CR LF.
    private static bool IsLineEnd(char c) => c is '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsRemoved(char c) => (char.IsControl(c) && c is not ('\t' or '\n')) || IsNoncharacter(c);

    // U+FDD0..U+FDEF and the last two code points of every plane are reserved never to be characters.
    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
