using System.Text;

namespace Graph.Rdf.Internal.Text;

/// <summary>
/// Conservative checks for Turtle prefixed names: a local part is abbreviated only when it needs no backslash
/// escape (PN_LOCAL without PN_LOCAL_ESC and without <c>:</c>); otherwise the writer falls back to <c>&lt;…&gt;</c>.
/// </summary>
internal static class TurtleNames
{
    public static bool IsValidLocal(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty)
        {
            return true;
        }

        if (local[^1] == '.')
        {
            return false;
        }

        int i = 0;
        while (i < local.Length)
        {
            char c = local[i];
            if (c == '%')
            {
                if (i + 2 >= local.Length || !NameChars.IsHex(local[i + 1]) || !NameChars.IsHex(local[i + 2]))
                {
                    return false;
                }

                i += 3;
                continue;
            }

            if (Rune.DecodeFromUtf16(local[i..], out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            int v = rune.Value;
            bool ok = i == 0
                ? NameChars.IsBaseOrUnderscore(v) || v is >= '0' and <= '9'
                : NameChars.IsNameChar(v) || v == '.';
            if (!ok)
            {
                return false;
            }

            i += consumed;
        }

        return true;
    }

    /// <summary>PN_PREFIX restricted to ASCII: a letter, then letters, digits, <c>_</c> or <c>-</c>.</summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length == 0 ||
        (char.IsAsciiLetter(prefix[0]) && prefix.AsSpan(1).ContainsAnyExcept(PrefixChars) is false);

    private static readonly System.Buffers.SearchValues<char> PrefixChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
}
