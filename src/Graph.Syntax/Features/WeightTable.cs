using System.Runtime.CompilerServices;

namespace Graph.Syntax.Features;

/// <summary>
/// Trained weights of a linear classifier: an open-addressing table from a 64-bit feature key to a sparse row of
/// (class, weight) entries. A slot and its row bounds share one 16-byte record so a lookup costs one cache line.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>Builds the table from rows sorted by key; each row's entries are (class, weight).</summary>
    public WeightTable(int classes, IReadOnlyList<(ulong Key, Entry[] Row)> rows)
    {
        Classes = classes;
        Count = rows.Count;
        int capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        int total = 0;
        foreach (var (_, row) in rows)
        {
            total += row.Length;
        }

        _entries = new Entry[total];
        int next = 0;
        foreach (var (key, row) in rows)
        {
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, next, row.Length);
            row.CopyTo(_entries, next);
            next += row.Length;
        }
    }

    /// <summary>Number of classes the scores are over.</summary>
    public int Classes { get; }

    /// <summary>Number of features with weights.</summary>
    public int Count { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int Weights => _entries.Length;

    /// <summary>Adds the weights of one feature to <paramref name="scores"/>; an unknown feature adds nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, Span<float> scores)
    {
        Slot[] slots = _slots;
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = slots[slot].Key;
            if (k == key)
            {
                int start = slots[slot].Start;
                int end = start + slots[slot].Length;
                Entry[] entries = _entries;
                for (int i = start; i < end; i++)
                {
                    scores[entries[i].Class] += entries[i].Weight;
                }

                return;
            }

            if (k == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The rows in key order (for writing the model).</summary>
    public IEnumerable<(ulong Key, Entry[] Row)> Rows()
    {
        var keys = new List<int>();
        for (int i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key != 0)
            {
                keys.Add(i);
            }
        }

        keys.Sort((a, b) => _slots[a].Key.CompareTo(_slots[b].Key));
        foreach (int i in keys)
        {
            yield return (_slots[i].Key, _entries.AsSpan(_slots[i].Start, _slots[i].Length).ToArray());
        }
    }

    /// <summary>One weight of a row.</summary>
    internal readonly record struct Entry(int Class, float Weight);

    private readonly record struct Slot(ulong Key, int Start, int Length);
}
