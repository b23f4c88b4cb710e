namespace Graph.Bolt;

/// <summary>One row of a result.</summary>
public sealed class BoltRecord
{
    private readonly RecordKeys _keys;
    private readonly object?[] _values;

    internal BoltRecord(RecordKeys keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys => _keys.Names;

    /// <summary>The values, in column order.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>The value at a column index.</summary>
    public object? this[int index] => _values[index];

    /// <summary>The value of a named column.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public object? this[string key] => _keys.TryGetIndex(key, out int index) && index < _values.Length
        ? _values[index]
        : throw new KeyNotFoundException($"The record has no key '{key}'; keys: {string.Join(", ", _keys.Names)}.");

    /// <summary>The value of a named column converted to <typeparamref name="T"/> (by cast).</summary>
    public T Get<T>(string key) => (T)this[key]!;
}
