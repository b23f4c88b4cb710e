using System.Globalization;
using System.Text;
using Graph.Model.Unicode;

namespace Graph.View.Data;

/// <summary>
/// The form search compares names in: canonical decomposition (the store's own Unicode tables), combining
/// marks dropped, lower case, apostrophes dropped as <see cref="Graph.Model.StableId.Slug"/> drops them, every
/// other run of characters that are not letters or digits one space, no space at either end. "Ángela
/// O’Neil-Díaz" and "angela oneil diaz" fold alike.
/// </summary>
internal static class NameFolding
{
    /// <summary>The folded form of <paramref name="text"/> (empty when it holds no letter or digit).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var tables = UnicodeNormalizer.Nfc.Tables;
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            int code = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                code = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (code is '\'' or 0x2019 or 0x02BC)
            {
                continue;
            }

            if (tables.Decomposition(code) is { } parts)
            {
                foreach (int part in parts)
                {
                    Append(builder, part, ref pendingSpace);
                }
            }
            else
            {
                Append(builder, code, ref pendingSpace);
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, int code, ref bool pendingSpace)
    {
        if (!Rune.IsValid(code))
        {
            pendingSpace = true;
            return;
        }

        var rune = new Rune(code);
        switch (Rune.GetUnicodeCategory(rune))
        {
            // Accents and other marks go; the letter they sat on stays.
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
                return;
            default:
                pendingSpace = true;
                return;
        }
    }
}
