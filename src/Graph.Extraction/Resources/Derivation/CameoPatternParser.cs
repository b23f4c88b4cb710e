namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Reads one pattern line of the CAMEO verb dictionary (<c>- * SANCTIONS (AGAINST +) [163] # IMPOSE</c>) into
/// its elements; a line that cannot be read becomes a pattern with an error, never an exception.
/// </summary>
internal static class CameoPatternParser
{
    private const string Delimiters = "(){}[]*$+^%&";

    /// <summary>Parses <paramref name="line"/>, the text of a pattern line with its leading <c>-</c>.</summary>
    public static CameoPattern Parse(int lineNumber, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        string text = (hash < 0 ? line : line[..hash]).Trim();
        IReadOnlyList<string> named = hash < 0 ? [] : CommentWords(line[(hash + 1)..]);
        if (text.StartsWith('-'))
        {
            text = text[1..];
        }

        int open = text.LastIndexOf('[');
        int close = open < 0 ? -1 : text.IndexOf(']', open);
        if (open < 0 || close < 0)
        {
            return Failed(lineNumber, "no [code]");
        }

        CameoCode code = CameoCode.Parse(text[(open + 1)..close]);
        if (text[(close + 1)..].Trim().Length > 0)
        {
            return Failed(lineNumber, "text after the code", code);
        }

        var reader = new Reader(text[..open]);
        List<PatternElement> elements;
        try
        {
            elements = reader.Sequence(closing: null);
        }
        catch (FormatException ex)
        {
            return Failed(lineNumber, ex.Message, code);
        }

        int verb = elements.FindIndex(e => e.Kind == PatternElementKind.Verb);
        if (verb < 0 || elements.FindLastIndex(e => e.Kind == PatternElementKind.Verb) != verb)
        {
            return Failed(lineNumber, "not exactly one *", code);
        }

        return new CameoPattern(lineNumber, elements[..verb], elements[(verb + 1)..], code, named, null);
    }

    private static CameoPattern Failed(int line, string error, CameoCode? code = null) =>
        new(line, [], [], code ?? CameoCode.Null, [], error);

    // "# FORGE , SET_UP <ab 02 Dec 2005>": the verbs named before the coder's note in angle brackets. A
    // comment whose items are not single words ("# OY 14 Mar 2006") is a note and names no verb.
    private static string[] CommentWords(string comment)
    {
        int note = comment.IndexOf('<', StringComparison.Ordinal);
        string[] items = [.. (note < 0 ? comment : comment[..note]).Split(',').Select(i => i.Trim()).Where(i => i.Length > 0)];
        return items.All(i => i.All(c => char.IsAsciiLetter(c) || c is '_' or '+' or '-'))
            ? [.. items.Select(i => i.TrimStart('+').ToLowerInvariant())]
            : [];
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public List<PatternElement> Sequence(char? closing)
        {
            var elements = new List<PatternElement>();
            while (true)
            {
                while (_at < text.Length && char.IsWhiteSpace(text[_at]))
                {
                    _at++;
                }

                if (_at == text.Length)
                {
                    return closing is null ? elements : throw new FormatException($"unclosed '{(closing == ')' ? '(' : '{')}'");
                }

                char c = text[_at];
                if (c == closing)
                {
                    _at++;
                    return elements;
                }

                _at++;
                switch (c)
                {
                    case ')' or '}' or ']' or '[':
                        throw new FormatException($"unbalanced '{c}'");
                    case '(':
                        List<PatternElement> inside = Sequence(')');
                        if (inside.Count == 0 || inside[0].Kind != PatternElementKind.Word)
                        {
                            throw new FormatException("a phrase that does not start with its preposition");
                        }

                        elements.Add(new PatternElement(PatternElementKind.Phrase, inside[0].Text, inside[1..]));
                        break;
                    case '{':
                        elements.Add(new PatternElement(PatternElementKind.Group, string.Empty, Sequence('}')));
                        break;
                    case '*':
                        elements.Add(closing is null ? PatternElement.Of(PatternElementKind.Verb) : throw new FormatException("* inside brackets"));
                        break;
                    case '$':
                        elements.Add(PatternElement.Of(PatternElementKind.Source));
                        break;
                    case '+':
                        elements.Add(PatternElement.Of(PatternElementKind.Target));
                        break;
                    case '^':
                        elements.Add(PatternElement.Of(PatternElementKind.Any));
                        break;
                    case '%':
                        elements.Add(PatternElement.Of(PatternElementKind.Compound));
                        break;
                    case '&':
                        string name = Word();
                        elements.Add(name.Length > 0 ? PatternElement.Of(PatternElementKind.Synset, name) : throw new FormatException("& without a name"));
                        break;
                    default:
                        _at--;
                        elements.Add(PatternElement.Of(PatternElementKind.Word, Word()));
                        break;
                }
            }
        }

        private string Word()
        {
            int start = _at;
            while (_at < text.Length && !char.IsWhiteSpace(text[_at]) && !Delimiters.Contains(text[_at], StringComparison.Ordinal))
            {
                _at++;
            }

            return text[start.._at].ToUpperInvariant();
        }
    }
}
