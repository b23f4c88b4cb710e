namespace Graph.Bolt;

/// <summary>Column names of a result with a name→index map, shared by all its records.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _index;

    public RecordKeys(IReadOnlyList<string> names)
    {
        Names = names;
        _index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            _index.TryAdd(names[i], i);
        }
    }

    public static RecordKeys Empty { get; } = new([]);

    public IReadOnlyList<string> Names { get; }

    public bool TryGetIndex(string key, out int index) => _index.TryGetValue(key, out index);
}
