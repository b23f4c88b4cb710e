namespace Graph.Extraction.Tokens;

/// <summary>
/// Splits text into words, numbers, quotes, possessives and punctuation. Hyphenated words
/// ("al-Kadhimi") and dotted abbreviations ("U.S.") stay single tokens, unless a splitting rule parts a compound
/// ("Chile-Peru" into "Chile", "-", "Peru").
/// </summary>
public sealed class Tokenizer
{
    private readonly HashSet<string> _abbreviations;
    private readonly Func<string, bool>? _splitsCompound;

    /// <summary>Creates a tokenizer that keeps the given abbreviations (with their final period) whole.</summary>
    /// <param name="abbreviations">Abbreviations with their final period.</param>
    /// <param name="splitsCompound">True for a hyphenated word to be read as its parts and the hyphens between them.</param>
    public Tokenizer(IEnumerable<string> abbreviations, Func<string, bool>? splitsCompound = null)
    {
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.Ordinal);
        _splitsCompound = splitsCompound;
    }

    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(new Token(text.Substring(i, 2), i, i + 2, TokenKind.Possessive));
                i += 2;
            }
            else if (char.IsLetter(c))
            {
                int wordEnd = ReadWord(text, i, end);
                int hyphen = text.IndexOf('-', i, wordEnd - i);
                if (hyphen > i && _splitsCompound?.Invoke(text[i..wordEnd]) == true)
                {
                    wordEnd = hyphen;
                }

                tokens.Add(new Token(text[i..wordEnd], i, wordEnd, TokenKind.Word));
                i = wordEnd;
            }
            else if (char.IsDigit(c))
            {
                int numberEnd = ReadNumber(text, i, end);
                tokens.Add(new Token(text[i..numberEnd], i, numberEnd, TokenKind.Number));
                i = numberEnd;
            }
            else
            {
                TokenKind kind = IsQuote(c) ? TokenKind.Quote : TokenKind.Punctuation;
                tokens.Add(new Token(text.Substring(i, 1), i, i + 1, kind));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>True for straight and typographic quotation marks.</summary>
    public static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '\u00AB' or '\u00BB';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private int ReadWord(string text, int start, int end)
    {
        int i = start;
        int segmentStart = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((c == '-' || IsApostrophe(c)) && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i, end))
            {
                i++;
                segmentStart = i;
            }
            else if (c == '.' && i - segmentStart == 1 && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // An initialism such as "U.S." or "U.A.E.": keep reading letters.
                i++;
                segmentStart = i;
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '.')
        {
            string candidate = text[start..(i + 1)];
            bool initialism = i - start >= 2 && text[i - 2] == '.';
            bool initial = i - start == 1 && char.IsUpper(text[start]) && i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);
            if (_abbreviations.Contains(candidate) || initialism || initial)
            {
                return i + 1;
            }
        }

        return i;
    }

    private static bool IsPossessiveAt(string text, int i, int end) =>
        IsApostrophe(text[i]) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    private static int ReadNumber(string text, int start, int end)
    {
        int i = start;
        while (i < end && (char.IsDigit(text[i]) || ((text[i] is ',' or '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }
}
