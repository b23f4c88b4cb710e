using System.Globalization;
using System.Text;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf;

/// <summary>
/// A strict, streaming reader of N-Triples and N-Quads (RDF 1.1): absolute IRIs only, no surrogate or
/// malformed escapes, well-formed language tags, one statement per line. Blank-node labels are kept as written.
/// </summary>
public static class NTriplesReader
{
    /// <summary>Reads statements lazily; with <paramref name="quads"/> false a fourth term is an error.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid N-Triples / N-Quads.</exception>
    public static IEnumerable<RdfQuad> Read(TextReader input, bool quads)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReadLines(input, quads);
    }

    /// <summary>Reads every statement into <paramref name="sink"/>; returns how many there were.</summary>
    public static long Read(TextReader input, IQuadSink sink, bool quads)
    {
        ArgumentNullException.ThrowIfNull(sink);
        long count = 0;
        foreach (RdfQuad quad in Read(input, quads))
        {
            sink.Add(quad);
            count++;
        }

        return count;
    }

    /// <summary>Parses a whole document held in a string.</summary>
    public static IReadOnlyList<RdfQuad> Parse(string text, bool quads) => [.. Read(new StringReader(text), quads)];

    private static IEnumerable<RdfQuad> ReadLines(TextReader input, bool quads)
    {
        long number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            var cursor = new LineParser(line, number);
            if (cursor.TryParse(quads, out RdfQuad quad))
            {
                yield return quad;
            }
        }
    }

    private ref struct LineParser(string line, long number)
    {
        private int _pos;

        public bool TryParse(bool quads, out RdfQuad quad)
        {
            quad = default;
            SkipSpace();
            if (AtEnd || Peek == '#')
            {
                return false;
            }

            RdfTerm subject = Peek == '<' ? ReadIri() : ReadBlank();
            SkipSpace();
            RdfTerm predicate = ReadIri();
            SkipSpace();
            RdfTerm @object = Peek switch
            {
                '<' => ReadIri(),
                '_' => ReadBlank(),
                '"' => ReadLiteral(),
                _ => throw Error("expected an IRI, a blank node or a literal as object"),
            };
            SkipSpace();
            RdfTerm? graph = null;
            if (!AtEnd && Peek is '<' or '_')
            {
                Require(quads, "N-Triples has no graph term");
                graph = Peek == '<' ? ReadIri() : ReadBlank();
                SkipSpace();
            }

            Require(!AtEnd && Peek == '.', "expected '.' at the end of the statement");
            _pos++;
            SkipSpace();
            Require(AtEnd || Peek == '#', "unexpected text after '.'");
            quad = new RdfQuad(subject, predicate, @object, graph);
            return true;
        }

        private readonly bool AtEnd => _pos >= line.Length;

        private readonly char Peek => line[_pos];

        private bool SkipSpace()
        {
            int start = _pos;
            while (!AtEnd && Peek is ' ' or '\t')
            {
                _pos++;
            }

            return _pos > start;
        }

        private RdfTerm ReadIri()
        {
            Require(!AtEnd && Peek == '<', "expected '<'");
            _pos++;
            var builder = new StringBuilder();
            while (true)
            {
                Require(!AtEnd, "unterminated IRI");
                char c = line[_pos++];
                if (c == '>')
                {
                    break;
                }

                if (c == '\\')
                {
                    Require(!AtEnd && Peek is 'u' or 'U', "only \\u and \\U escapes are allowed in IRIs");
                    int code = ReadUchar();
                    Require(code > 0x20 && "<>\"{}|^`\\".IndexOf((char)Math.Min(code, 0xFFFF)) < 0, "an escape may not produce a character IRIs forbid");
                    builder.Append(char.ConvertFromUtf32(code));
                    continue;
                }

                Require(c > 0x20 && "<>\"{}|^`".IndexOf(c) < 0, $"character U+{(int)c:X4} is not allowed in an IRI");
                builder.Append(c);
            }

            string iri = builder.ToString();
            Require(IsAbsolute(iri), $"IRI <{iri}> is not absolute");
            return RdfTerm.Iri(iri);
        }

        private RdfTerm ReadBlank()
        {
            Require(line.AsSpan(_pos).StartsWith("_:"), "expected '_:'");
            _pos += 2;
            int start = _pos;
            while (!AtEnd)
            {
                Rune.DecodeFromUtf16(line.AsSpan(_pos), out Rune rune, out int consumed);
                bool ok = _pos == start
                    ? NameChars.IsBaseOrUnderscore(rune.Value) || rune.Value is >= '0' and <= '9'
                    : NameChars.IsNameChar(rune.Value) || rune.Value == '.';
                if (!ok)
                {
                    break;
                }

                _pos += consumed;
            }

            // A trailing '.' ends the statement, not the label.
            while (_pos > start && line[_pos - 1] == '.')
            {
                _pos--;
            }

            Require(_pos > start, "empty blank-node label");
            return RdfTerm.Blank(line[start.._pos]);
        }

        private RdfTerm ReadLiteral()
        {
            _pos++;
            var builder = new StringBuilder();
            while (true)
            {
                Require(!AtEnd, "unterminated string");
                char c = line[_pos++];
                if (c == '"')
                {
                    break;
                }

                if (c != '\\')
                {
                    Require(c is not ('\r' or '\n'), "raw line break in a string");
                    builder.Append(c);
                    continue;
                }

                Require(!AtEnd, "unterminated escape");
                char e = line[_pos];
                string? simple = e switch
                {
                    't' => "\t", 'b' => "\b", 'n' => "\n", 'r' => "\r", 'f' => "\f", '"' => "\"", '\'' => "'", '\\' => "\\", _ => null,
                };
                if (simple is not null)
                {
                    _pos++;
                    builder.Append(simple);
                    continue;
                }

                Require(e is 'u' or 'U', $"'\\{e}' is not a valid escape");
                builder.Append(char.ConvertFromUtf32(ReadUchar()));
            }

            string value = builder.ToString();
            if (!AtEnd && Peek == '@')
            {
                _pos++;
                int start = _pos;
                while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek) || Peek == '-'))
                {
                    _pos++;
                }

                string tag = line[start.._pos];
                Require(LanguageTag.IsValid(tag), $"'{tag}' is not a valid language tag");
                return RdfTerm.LangString(value, tag);
            }

            if (!AtEnd && line.AsSpan(_pos).StartsWith("^^"))
            {
                _pos += 2;
                return RdfTerm.Typed(value, ReadIri().Value);
            }

            return RdfTerm.Literal(value);
        }

        private int ReadUchar()
        {
            int digits = line[_pos] == 'u' ? 4 : 8;
            _pos++;
            Require(_pos + digits <= line.Length, "truncated \\u escape");
            ReadOnlySpan<char> hex = line.AsSpan(_pos, digits);
            Require(!hex.ContainsAnyExcept("0123456789abcdefABCDEF"), $"'{hex}' is not hexadecimal");
            int code = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Require(code is >= 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF, $"U+{code:X} is not a Unicode scalar value");
            _pos += digits;
            return code;
        }

        private static bool IsAbsolute(string iri)
        {
            int colon = iri.IndexOf(':', StringComparison.Ordinal);
            if (colon < 1 || !char.IsAsciiLetter(iri[0]))
            {
                return false;
            }

            for (int i = 1; i < colon; i++)
            {
                if (!(char.IsAsciiLetterOrDigit(iri[i]) || iri[i] is '+' or '-' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private readonly void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw Error(message);
            }
        }

        private readonly RdfSyntaxException Error(string message) => new(message, number);
    }
}
