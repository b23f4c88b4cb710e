using System.Globalization;
using Graph.Syntax.Tokenization;

namespace Graph.Syntax;

/// <summary>
/// Splits raw English text into syntactic words the way Universal Dependencies English (EWT) does: punctuation
/// apart, clitics apart ("do|n't", "Iran|'s", "ca|n't"), hyphenated compounds apart ("Iran|-|backed") except after
/// common prefixes ("non-human"), while numbers ("1,000.5"), times, dates, abbreviations ("U.S.", "Dr."), URLs and
/// e-mail addresses stay whole. Offsets always index the original text.
/// </summary>
public static class UdTokenizer
{
    private const string Leading = "([{<\"'“‘«`*";
    private const string Trailing = ")]}>\"'”’».,;:!?*";

    /// <summary>The words of <c>text[start..end)</c> as (start, end) offsets into <paramref name="text"/>, end exclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the text.</exception>
    public static IReadOnlyList<(int Start, int End)> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var tokens = new List<(int, int)>();
        int i = start;
        while (i < end)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < end && !IsSpace(text[j]))
            {
                j++;
            }

            SplitChunk(text, i, j, j == end || text.AsSpan(j, end - j).IsWhiteSpace(), tokens);
            i = j;
        }

        return tokens;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c) || c == '\u00AD')
        {
            return true;
        }

        UnicodeCategory category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Splits one whitespace-free chunk; <paramref name="last"/> says it ends the text, where a period ends the sentence.</summary>
    private static void SplitChunk(string text, int s, int e, bool last, List<(int, int)> tokens)
    {
        int ts = s;
        int te = e;
        while (ts < te && Leading.Contains(text[ts], StringComparison.Ordinal))
        {
            ts++;
        }

        while (te > ts && Trailing.Contains(text[te - 1], StringComparison.Ordinal))
        {
            te--;
        }

        if (te > ts && IsUrlOrEmail(text.AsSpan(ts, te - ts)))
        {
            Scan(text, s, ts, false, tokens);
            tokens.Add((ts, te));
            Scan(text, te, e, last, tokens);
            return;
        }

        Scan(text, s, e, last, tokens);
    }

    private static bool IsUrlOrEmail(ReadOnlySpan<char> chunk)
    {
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 6))
        {
            return true;
        }

        int at = chunk.IndexOf('@');
        if (at <= 0 || at == chunk.Length - 1 || !char.IsLetterOrDigit(chunk[at - 1]))
        {
            return false;
        }

        int dot = chunk[(at + 1)..].LastIndexOf('.');
        return dot > 0 && at + 1 + dot < chunk.Length - 2 && char.IsLetter(chunk[^1]);
    }

    /// <summary>Splits text[a..b) (no whitespace) into words and punctuation; <paramref name="last"/> as for <see cref="SplitChunk"/>.</summary>
    private static void Scan(string text, int a, int b, bool last, List<(int, int)> tokens)
    {
        int p = a;
        while (p < b)
        {
            char c = text[p];
            if (Emoticon(text, p, b) is int length and > 0)
            {
                tokens.Add((p, p + length));
                p += length;
            }
            else if (IsWordChar(c) || (c == '+' && p == a && p + 1 < b && char.IsDigit(text[p + 1])) || (c is '#' or '@' && p == a && p + 1 < b && char.IsLetter(text[p + 1])))
            {
                int q = ScanWord(text, p + 1, b, p);
                if (q < b && text[q] == '.' && (q + 1 == b || text[q + 1] != '.') && KeepsPeriod(text.AsSpan(p, q - p), last && OnlyClosingAfter(text, q + 1, b)))
                {
                    q++;
                }

                EmitWord(text, p, q, tokens);
                p = q;
            }
            else if (IsApostrophe(c))
            {
                p = ScanApostrophe(text, p, b, tokens);
            }
            else if (c is '.' or '!' or '?' or '-' or '`' or '*' or '=' or '_' or '~' or '#' or '$' or '<' or '>')
            {
                int q = p + 1;
                bool sentencePunctuation = c is '.' or '!' or '?';
                while (q < b && (text[q] == c || (sentencePunctuation && text[q] is '.' or '!' or '?')))
                {
                    q++;
                }

                tokens.Add((p, q));
                p = q;
            }
            else if (char.IsHighSurrogate(c) && p + 1 < b && char.IsLowSurrogate(text[p + 1]))
            {
                int q = EmojiEnd(text, p + 2, b);
                tokens.Add((p, q));
                p = q;
            }
            else
            {
                tokens.Add((p, p + 1));
                p++;
            }
        }
    }

    /// <summary>The end of an emoji: variation selectors, skin tones and joined emoji belong to it.</summary>
    private static int EmojiEnd(string text, int q, int b)
    {
        while (q < b)
        {
            char c = text[q];
            if (c == '\uFE0F' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                q++;
            }
            else if (c == '\u200D' && q + 2 < b && char.IsSurrogatePair(text[q + 1], text[q + 2]))
            {
                q += 3;
            }
            else if (q + 1 < b && char.IsSurrogatePair(c, text[q + 1]) && char.ConvertToUtf32(c, text[q + 1]) is >= 0x1F3FB and <= 0x1F3FF)
            {
                q += 2;
            }
            else
            {
                break;
            }
        }

        return q;
    }

    /// <summary>An apostrophe not inside a word: a detached clitic ("'s"), a year ("'99"), a quote run, or a quote.</summary>
    private static int ScanApostrophe(string text, int p, int b, List<(int, int)> tokens)
    {
        int q = p + 1;
        while (q < b && char.IsLetter(text[q]))
        {
            q++;
        }

        if (q > p + 1 && (q == b || !IsWordChar(text[q])))
        {
            var tail = text.AsSpan(p + 1, q - p - 1);
            foreach (string clitic in TokenizerLexicon.Enclitics)
            {
                if (tail.Equals(clitic, StringComparison.OrdinalIgnoreCase))
                {
                    tokens.Add((p, q));
                    return q;
                }
            }
        }

        q = p + 1;
        while (q < b && char.IsDigit(text[q]))
        {
            q++;
        }

        if (q - p == 3 && (q == b || !IsWordChar(text[q])))
        {
            tokens.Add((p, q)); // '99
            return q;
        }

        q = p + 1;
        while (q < b && text[q] == text[p])
        {
            q++;
        }

        tokens.Add((p, q));
        return q;
    }

    /// <summary>The length of an emoticon starting at <paramref name="p"/> and followed by no word character, or 0.</summary>
    private static int Emoticon(string text, int p, int b)
    {
        char c = text[p];
        if (c is not (':' or ';' or '=' or '^' or '<'))
        {
            return 0;
        }

        foreach (string emoticon in TokenizerLexicon.Emoticons)
        {
            int end = p + emoticon.Length;
            if (end <= b && text.AsSpan(p, emoticon.Length).SequenceEqual(emoticon) && (end == b || !IsWordChar(text[end])))
            {
                return emoticon.Length;
            }
        }

        return 0;
    }

    private static bool OnlyClosingAfter(string text, int from, int b)
    {
        for (int i = from; i < b; i++)
        {
            if (!Trailing.Contains(text[i], StringComparison.Ordinal) || text[i] is '.' or ',' or ';' or ':')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of the word starting at <paramref name="p"/> (scanning from <paramref name="from"/>): letters and digits with the joiners UD keeps inside a word.</summary>
    private static int ScanWord(string text, int from, int b, int p)
    {
        int q = from;
        int segment = p;
        while (q < b)
        {
            char c = text[q];
            if (IsWordChar(c))
            {
                q++;
                continue;
            }

            if (q + 1 >= b)
            {
                break;
            }

            char prev = text[q - 1];
            char next = text[q + 1];
            bool joined = c switch
            {
                '.' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),
                ',' => char.IsDigit(prev) && ThreeDigitsFollow(text, q + 1, b),
                ':' => char.IsDigit(prev) && char.IsDigit(next),
                '/' => (char.IsDigit(prev) && char.IsDigit(next)) || (q - segment == 1 && char.IsLetter(prev) && char.IsLetter(next) && (q + 2 == b || !char.IsLetter(text[q + 2]))),
                '-' => (char.IsDigit(prev) && char.IsDigit(next))
                    || (char.IsLetter(next) && TokenizerLexicon.HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(segment, q - segment))),
                '\'' or '’' => char.IsLetter(prev) && char.IsLetter(next),
                '&' or '_' or '@' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),
                _ => false,
            };
            if (!joined)
            {
                break;
            }

            q++;
            if (c == '-')
            {
                segment = q;
            }
        }

        return q;
    }

    private static bool ThreeDigitsFollow(string text, int i, int b) =>
        i + 3 <= b && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 == b || !char.IsDigit(text[i + 3]));

    /// <summary>
    /// Whether a word followed by a period keeps the period: initials and dotted abbreviations ("U.S.") unless the
    /// period ends the sentence (where the treebank writes "U.S" and "."), and listed abbreviations ("Dr.", "Inc.").
    /// </summary>
    private static bool KeepsPeriod(ReadOnlySpan<char> word, bool endsSentence)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]) && !endsSentence;
        }

        if (word.Contains('.'))
        {
            if (endsSentence)
            {
                return false;
            }

            foreach (Range part in word.Split('.'))
            {
                var segment = word[part];
                if (segment.Length is 0 or > 2 || !char.IsLetter(segment[0]))
                {
                    return false;
                }
            }

            return true;
        }

        return word.Length <= 6 && TokenizerLexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Emits one scanned word, splitting clitics, fused words and times ("5pm").</summary>
    private static void EmitWord(string text, int p, int q, List<(int, int)> tokens)
    {
        var word = text.AsSpan(p, q - p);
        if (TokenizerLexicon.Fused.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int first))
        {
            tokens.Add((p, p + first));
            tokens.Add((p + first, q));
            return;
        }

        if (word.Length > 3 && IsApostrophe(word[^2]) && (word[^1] is 't' or 'T') && (word[^3] is 'n' or 'N'))
        {
            tokens.Add((p, q - 3));
            tokens.Add((q - 3, q));
            return;
        }

        foreach (string clitic in TokenizerLexicon.Enclitics)
        {
            int cut = q - clitic.Length - 1;
            if (cut > p && IsApostrophe(text[cut]) && word[^clitic.Length..].Equals(clitic, StringComparison.OrdinalIgnoreCase))
            {
                EmitWord(text, p, cut, tokens);
                tokens.Add((cut, q));
                return;
            }
        }

        int digits = 0;
        while (digits < word.Length && char.IsDigit(word[digits]))
        {
            digits++;
        }

        if (digits > 0 && word.Length == digits + 2 && (word[digits..].Equals("am", StringComparison.OrdinalIgnoreCase) || word[digits..].Equals("pm", StringComparison.OrdinalIgnoreCase)))
        {
            tokens.Add((p, p + digits));
            tokens.Add((p + digits, q));
            return;
        }

        tokens.Add((p, q));
    }
}
