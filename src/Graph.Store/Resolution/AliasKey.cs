using System.Globalization;
using System.Text;

namespace Graph.Store.Resolution;

/// <summary>
/// Names compared as a reader compares them: case, accents and spacing ignored ("Évora", "evora" and " EVORA "
/// are one key), so two spellings of one name count as one alias.
/// </summary>
public static class AliasKey
{
    /// <summary>The folded form of <paramref name="text"/>: no accents, lower case, single spaces, trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            decomposed = text;
        }

        var builder = new StringBuilder(decomposed.Length);
        bool space = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
