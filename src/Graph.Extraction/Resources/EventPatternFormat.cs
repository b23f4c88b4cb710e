using System.Globalization;
using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>
/// The row format of <c>events.tsv</c>: <c>lemma pos particle object target predicate cameo origin</c>,
/// tab-separated, <c>-</c> for an empty column, <c>|</c> between list items, <c>#</c> starting a comment line.
/// </summary>
public static class EventPatternFormat
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["lemma", "pos", "particle", "object", "target", "predicate", "cameo", "origin"];

    /// <summary>Reads every row of <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">A row is malformed; the message names its line.</exception>
    public static IReadOnlyList<EventPattern> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var patterns = new List<EventPattern>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                patterns.Add(ParseRow(line.Split('\t')));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"line {i + 1}: {ex.Message}", ex);
            }
        }

        return patterns;
    }

    /// <summary>The row of <paramref name="pattern"/>, without a line end.</summary>
    public static string Format(EventPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return string.Join(
            '\t',
            pattern.Key,
            PredicateInfo.Of(pattern.Predicate).Name,
            pattern.Cameo ?? "-",
            pattern.Origin);
    }

    /// <summary>The pos column for <paramref name="pos"/> (VERB, NOUN, ADJ).</summary>
    public static string PosName(EventPos pos) => pos switch
    {
        EventPos.Verb => "VERB",
        EventPos.Noun => "NOUN",
        _ => "ADJ",
    };

    /// <summary>The object column for <paramref name="objects"/>.</summary>
    public static string ObjectColumn(IReadOnlyList<string> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        return objects.Count == 0 ? "-" : string.Join('|', objects);
    }

    private static EventPattern ParseRow(string[] row)
    {
        if (row.Length != Columns.Count)
        {
            throw new FormatException($"{row.Length} columns, expected {Columns.Count} ({string.Join(' ', Columns)})");
        }

        string lemma = Word(row[0], "lemma");
        EventPos pos = row[1] switch
        {
            "VERB" => EventPos.Verb,
            "NOUN" => EventPos.Noun,
            "ADJ" => EventPos.Adjective,
            _ => throw new FormatException($"bad pos '{row[1]}' (expected VERB, NOUN or ADJ)"),
        };
        string? particle = row[2] == "-" ? null : Word(row[2], "particle");
        string[] objects = row[3] == "-" ? [] : [.. row[3].Split('|').Select(o => Word(o, "object"))];
        if (!objects.SequenceEqual(objects.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw new FormatException($"object list '{row[3]}' is not sorted and distinct");
        }

        EventTarget target = EventTarget.Parse(row[4]);
        if (!PredicateInfo.TryParse(row[5], out PredicateInfo info))
        {
            throw new FormatException($"unknown predicate '{row[5]}'");
        }

        string? cameo = row[6] == "-" ? null : row[6];
        if (cameo is not null && !IsCameoCode(cameo))
        {
            throw new FormatException($"bad CAMEO code '{cameo}' (expected 3 or 4 digits)");
        }

        if (cameo is null && info.IsAction)
        {
            throw new FormatException($"action {info.Name} needs a CAMEO code");
        }

        string origin = row[7];
        if (origin != EventPattern.ProjectOrigin && !IsLineReference(origin))
        {
            throw new FormatException($"bad origin '{origin}' (expected project or FILE:LINE)");
        }

        return new EventPattern(lemma, pos, particle, objects, target, info.Predicate, cameo, origin);
    }

    /// <summary>True for a code of 3 or 4 digits.</summary>
    internal static bool IsCameoCode(string code) => code.Length is 3 or 4 && code.All(char.IsAsciiDigit);

    private static bool IsLineReference(string origin)
    {
        int colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int line) && line > 0;
    }

    /// <summary>True for a word the columns can hold: a lower-case letter, then lower-case letters, digits,
    /// hyphens and apostrophes ("cease-fire", "sit-in").</summary>
    internal static bool IsLemma(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '\'');

    private static string Word(string text, string column)
    {
        if (!IsLemma(text))
        {
            throw new FormatException($"bad {column} '{text}' (expected a lower-case word)");
        }

        return text;
    }
}
