namespace Graph.Store.Resolution;

/// <summary>
/// Formal and familiar forms of given names (<c>data/names/given-names.tsv</c>): "joe" and "joseph" can be one
/// person's given name, "jill" and "joe" cannot. Words are folded (<see cref="AliasKey"/>).
/// </summary>
public static class GivenNames
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Formal = new(Load);

    /// <summary>True when the two folded given names can be one person's: equal, or a familiar form and its formal name.</summary>
    public static bool Alike(string a, string b) =>
        a == b || FormalOf(a).Overlaps(FormalOf(b));

    // The formal names a folded given name can stand for: itself, and those it is a familiar form of.
    private static HashSet<string> FormalOf(string given) =>
        Formal.Value.TryGetValue(given, out HashSet<string>? formal) ? formal : [given];

    private static Dictionary<string, HashSet<string>> Load()
    {
        using Stream stream = typeof(GivenNames).Assembly.GetManifestResourceStream("names/given-names.tsv")
            ?? throw new InvalidOperationException("the names/given-names.tsv resource is missing from Graph.Store");
        using var reader = new StreamReader(stream);
        var formal = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string form, string name)
        {
            if (!formal.TryGetValue(form, out HashSet<string>? names))
            {
                formal[form] = names = new HashSet<string>(StringComparer.Ordinal) { form };
            }

            names.Add(name);
        }

        while (reader.ReadLine() is { } line)
        {
            string[] columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 2)
            {
                continue;
            }

            string name = AliasKey.Fold(columns[0]);
            Add(name, name);
            foreach (string familiar in columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(AliasKey.Fold(familiar), name);
            }
        }

        return formal;
    }
}
