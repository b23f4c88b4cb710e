using Graph.Extraction.Internal;
using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>The event patterns indexed by lemma and part of speech. Immutable and thread-safe.</summary>
public sealed class EventPatternSet
{
    private readonly Dictionary<(string Lemma, bool IsNoun), EventPattern[]> _byLemma;

    private EventPatternSet(Dictionary<(string, bool), EventPattern[]> byLemma, int count)
    {
        _byLemma = byLemma;
        Count = count;
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>The rows for a lemma, most specific first.</summary>
    public IReadOnlyList<EventPattern> For(string lemma, bool isNoun) =>
        _byLemma.TryGetValue((lemma, isNoun), out EventPattern[]? rows) ? rows : [];

    /// <summary>Parses events.tsv: lemma, pos (VERB or NOUN), particle, object lemmas, targets, predicate, CAMEO code, origin; "-" is empty.</summary>
    public static EventPatternSet Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = new List<EventPattern>();
        foreach (string[] row in TsvReader.Rows(tsv))
        {
            if (!PredicateInfo.TryParse(TsvReader.Column(row, 5), out PredicateInfo info))
            {
                throw new FormatException($"Unknown predicate in event pattern row '{string.Join('\t', row)}'.");
            }

            string pos = TsvReader.Column(row, 1);
            if (pos is not ("VERB" or "NOUN"))
            {
                throw new FormatException($"Part of speech must be VERB or NOUN in event pattern row '{string.Join('\t', row)}'.");
            }

            rows.Add(new EventPattern(
                TsvReader.Column(row, 0),
                pos == "NOUN",
                Optional(TsvReader.Column(row, 2)),
                Set(row, 3),
                Set(row, 4),
                info.Predicate,
                TsvReader.Column(row, 6),
                TsvReader.Column(row, 7)));
        }

        var byLemma = rows
            .GroupBy(r => (r.Lemma, r.IsNoun))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Specificity).ToArray());
        return new EventPatternSet(byLemma, rows.Count);
    }

    private static string? Optional(string value) => value is "" or "-" ? null : value;

    private static HashSet<string> Set(string[] row, int column) =>
        new(TsvReader.List(row, column).Where(v => v != "-"), StringComparer.Ordinal);
}
