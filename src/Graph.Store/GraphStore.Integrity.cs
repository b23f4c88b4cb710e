using Graph.Model;

namespace Graph.Store;

public sealed partial class GraphStore
{
    // Every text column the store writes; each must hold only text every export syntax can carry.
    private static readonly (string Table, string Column)[] TextColumns =
    [
        ("articles", "file_name"), ("articles", "title"), ("articles", "source"), ("articles", "url"),
        ("entities", "name"), ("aliases", "alias"), ("relations", "title"), ("evidence", "sentence"),
    ];

    /// <summary>
    /// Checks the store: SQLite's own page-level and foreign-key checks, every entity type, predicate and
    /// status readable, and every stored text already normalized (see <see cref="TextNormalizer"/>).
    /// </summary>
    /// <returns>One line per problem found; empty when the store is sound.</returns>
    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = new List<string>();
        problems.AddRange(Rows("PRAGMA integrity_check").Select(r => r.GetString(0)).Where(line => line != "ok").Select(line => "integrity: " + line));
        problems.AddRange(Rows("PRAGMA foreign_key_check").Select(r => $"foreign key: {r.GetString(0)} row {r.GetValue(1)} refers to a missing {r.GetString(2)} row"));
        problems.AddRange(Rows("SELECT DISTINCT type FROM entities").Select(r => r.GetString(0))
            .Where(t => !Enum.TryParse(t, ignoreCase: false, out EntityType type) || !Enum.IsDefined(type)).Select(t => $"unknown entity type '{t}'"));
        problems.AddRange(Rows("SELECT DISTINCT predicate FROM relations").Select(r => r.GetString(0))
            .Where(p => !PredicateInfo.TryParse(p, out _)).Select(p => $"unknown predicate '{p}'"));
        problems.AddRange(Rows("SELECT DISTINCT status FROM relations").Select(r => r.GetString(0))
            .Where(s => !FactStatuses.TryParse(s, out _)).Select(s => $"unknown fact status '{s}'"));
        foreach (var (table, column) in TextColumns)
        {
            problems.AddRange(Rows($"SELECT {column} FROM {table} WHERE {column} IS NOT NULL").Select(r => r.GetString(0))
                .Where(text => !TextNormalizer.IsNormalized(text))
                .Select(text => $"{table}.{column}: text not normalized: {Escaped(text)}"));
        }

        return problems;
    }

    private static string Escaped(string text) =>
        string.Concat(text.Take(80).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
