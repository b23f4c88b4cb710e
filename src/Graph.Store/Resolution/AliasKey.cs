using System.Globalization;
using System.Text;
using Graph.Model.Unicode;

namespace Graph.Store.Resolution;

/// <summary>
/// Names compared as a reader compares them: case, accents and spacing ignored ("Évora", "evora" and " EVORA "
/// are one key), so two spellings of one name count as one alias. Accents are taken apart by the store's own Unicode
/// tables (the tool runs without ICU), then dropped; punctuation stays ("Dr." is not "Dr").
/// </summary>
public static class AliasKey
{
    /// <summary>The folded form of <paramref name="text"/>: no accents, lower case, single spaces, trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tables = UnicodeNormalizer.Nfc.Tables;
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (tables.Decomposition(rune.Value) is { } parts)
            {
                foreach (int part in parts)
                {
                    Append(builder, Rune.IsValid(part) ? new Rune(part) : Rune.ReplacementChar, ref space);
                }
            }
            else
            {
                Append(builder, rune, ref space);
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Rune rune, ref bool space)
    {
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return;
        }

        if (Rune.IsWhiteSpace(rune))
        {
            space = builder.Length > 0;
            return;
        }

        if (space)
        {
            builder.Append(' ');
            space = false;
        }

        builder.Append(Rune.ToLowerInvariant(rune).ToString());
    }
}
