using System.Globalization;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Reads a PETRARCH2 actor dictionary: a primary phrase with an optional <c>[code]</c>, <c>+</c> synonym lines, and
/// tab-indented <c>[code dates]</c> restriction lines; <c>#</c> and <c>;</c> start comments.
/// </summary>
public static class PhoenixActorDictionary
{
    /// <summary>The records of <paramref name="text"/>, in file order.</summary>
    public static IReadOnlyList<PhoenixActor> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var actors = new List<PhoenixActor>();
        string? primary = null;
        int primaryLine = 0;
        var synonyms = new List<string>();
        var roles = new List<PhoenixRole>();

        void Close()
        {
            if (primary is not null)
            {
                actors.Add(new PhoenixActor(primary, [.. synonyms], [.. roles], primaryLine));
            }

            primary = null;
            synonyms.Clear();
            roles.Clear();
        }

        string[] lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string raw = lines[n].TrimEnd('\r');
            string line = StripComment(raw);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            // A restriction line is indented; a phrase line starts at the margin.
            if (char.IsWhiteSpace(line[0]) && line.TrimStart().StartsWith('['))
            {
                roles.AddRange(ReadRoles(line));
                continue;
            }

            string content = line.Trim();
            if (content.StartsWith('+'))
            {
                if (primary is null)
                {
                    continue;
                }

                // Two synonyms may share a line ("+A_+_B_").
                string phrases = PhrasePart(content, out string codes);
                synonyms.AddRange(phrases.Split('+').Select(p => p.Trim()).Where(p => p.Trim('_').Length > 0));
                roles.AddRange(ReadRoles(codes));
                continue;
            }

            Close();
            primary = PhrasePart(content, out string inline).Trim();
            primaryLine = n + 1;
            roles.AddRange(ReadRoles(inline));
        }

        Close();
        return actors;
    }

    /// <summary>Reads a date as the dictionaries write it: YYYYMMDD, or YYMMDD with years up to 30 in this century.</summary>
    public static DateOnly? ReadDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string format = text.Length switch { 8 => "yyyyMMdd", 6 => "yyMMdd", _ => string.Empty };
        if (format.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (text.Length == 6)
        {
            int year = int.Parse(text[..2], CultureInfo.InvariantCulture);
            text = (year <= 30 ? "20" : "19") + text;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
    }

    private static string StripComment(string line)
    {
        int cut = line.IndexOfAny(['#', ';']);
        return cut < 0 ? line : line[..cut];
    }

    private static string PhrasePart(string content, out string codes)
    {
        int bracket = content.IndexOf('[', StringComparison.Ordinal);
        codes = bracket < 0 ? string.Empty : content[bracket..];
        return bracket < 0 ? content : content[..bracket];
    }

    private static IEnumerable<PhoenixRole> ReadRoles(string text)
    {
        int at = 0;
        while ((at = text.IndexOf('[', at)) >= 0)
        {
            int close = text.IndexOf(']', at);
            if (close < 0)
            {
                yield break;
            }

            string[] parts = text[(at + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            at = close + 1;
            if (parts.Length == 0 || parts[0].All(c => c == '-'))
            {
                continue;
            }

            string code = parts[0];
            if (parts.Length == 1)
            {
                yield return new PhoenixRole(code, null, null);
                continue;
            }

            string range = parts[1];
            if (range.StartsWith('>'))
            {
                yield return new PhoenixRole(code, ReadDate(range[1..]), null);
            }
            else if (range.StartsWith('<'))
            {
                yield return new PhoenixRole(code, null, ReadDate(range[1..]));
            }
            else
            {
                string[] ends = range.Split('-');
                yield return new PhoenixRole(code, ReadDate(ends[0]), ends.Length > 1 ? ReadDate(ends[1]) : null);
            }
        }
    }
}
