using System.Numerics;

namespace Graph.Syntax.Features;

/// <summary>
/// Trained weights of a linear classifier: an open-addressing table from a feature key to a sparse row of
/// (class, weight) entries. A slot and its row bounds share one 16-byte record, so a lookup costs one cache line.
/// Only the top <see cref="KeyBits"/> bits of each 64-bit feature key are kept (20 bits more than the table needs to
/// tell its own features apart), which halves the size of the model file; an unseen feature then matches a stored one
/// about once in a million lookups.
/// </summary>
internal sealed class WeightTable
{
    private const int SpareBits = 20;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Creates a table from rows with truncated keys (see <see cref="Rows"/>), sorted by key, keys distinct.</summary>
    public WeightTable(int classes, int keyBits, IReadOnlyList<(ulong Key, Entry[] Row)> rows)
        : this(classes, keyBits, rows.Select(r => r.Key).ToArray(), rows.Select(r => r.Row.Length).ToArray(), rows.SelectMany(r => r.Row).ToArray())
    {
    }

    /// <summary>Creates a table from its columns: truncated keys (distinct), row lengths, and all rows' entries in key order.</summary>
    public WeightTable(int classes, int keyBits, ulong[] keys, int[] lengths, Entry[] entries)
    {
        Classes = classes;
        KeyBits = keyBits;
        _shift = 64 - keyBits;
        Count = keys.Length;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _entries = entries;
        int next = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong stored = keys[i] + 1;
            int slot = (int)(stored & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(stored, next, lengths[i]);
            next += lengths[i];
        }
    }

    /// <summary>Number of classes the scores are over.</summary>
    public int Classes { get; }

    /// <summary>Number of leading key bits kept.</summary>
    public int KeyBits { get; }

    /// <summary>Number of features with weights.</summary>
    public int Count { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int Weights => _entries.Length;

    /// <summary>
    /// Builds a table from rows with full 64-bit keys sorted by key; rows whose kept key bits coincide are merged
    /// (their weights add up), which happens about once per table.
    /// </summary>
    public static WeightTable Build(int classes, IReadOnlyList<(ulong Key, Entry[] Row)> rows)
    {
        int keyBits = Math.Min(63, BitOperations.Log2((uint)Math.Max(2, rows.Count)) + 1 + SpareBits);
        int shift = 64 - keyBits;
        var truncated = new List<(ulong, Entry[])>(rows.Count);
        foreach (var (key, row) in rows)
        {
            ulong t = key >> shift;
            if (truncated.Count > 0 && truncated[^1].Item1 == t)
            {
                truncated[^1] = (t, Merge(truncated[^1].Item2, row));
            }
            else
            {
                truncated.Add((t, row));
            }
        }

        return new WeightTable(classes, keyBits, truncated);
    }

    /// <summary>
    /// Adds the weights of all the features to <paramref name="scores"/> (unknown features add nothing). The table is
    /// too large for the cache, so the lookups go in phases: first every feature's slot is read, then every row's
    /// first entry, and only then are the rows added up; the reads of one phase do not wait for each other, so
    /// their cache misses overlap instead of following one another.
    /// </summary>
    /// <returns>A value derived from the memory read ahead (ignore it; returning it keeps those reads in the code).</returns>
    public int Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        int n = keys.Length;
        Span<int> found = n <= 256 ? stackalloc int[n] : new int[n];
        Slot[] slots = _slots;
        Entry[] entries = _entries;
        int touched = 0;
        for (int i = 0; i < n; i++)
        {
            int home = (int)(((keys[i] >> _shift) + 1) & (ulong)_mask);
            found[i] = home;
            touched += (int)slots[home].Key;
        }

        for (int i = 0; i < n; i++)
        {
            ulong stored = (keys[i] >> _shift) + 1;
            int slot = found[i];
            found[i] = -1;
            while (true)
            {
                ulong k = slots[slot].Key;
                if (k == stored)
                {
                    found[i] = slot;
                    if (slots[slot].Length > 0)
                    {
                        touched += entries[slots[slot].Start].Class;
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        for (int i = 0; i < n; i++)
        {
            int slot = found[i];
            if (slot >= 0)
            {
                int start = slots[slot].Start;
                int end = start + slots[slot].Length;
                for (int j = start; j < end; j++)
                {
                    scores[entries[j].Class] += entries[j].Weight;
                }
            }
        }

        return touched;
    }

    /// <summary>The rows with their truncated keys, in key order (for writing the model).</summary>
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
            yield return (_slots[i].Key - 1, _entries.AsSpan(_slots[i].Start, _slots[i].Length).ToArray());
        }
    }

    private static Entry[] Merge(Entry[] a, Entry[] b)
    {
        var sum = new SortedDictionary<int, float>();
        foreach (var e in a.Concat(b))
        {
            sum[e.Class] = sum.GetValueOrDefault(e.Class) + e.Weight;
        }

        return sum.Select(p => new Entry(p.Key, p.Value)).ToArray();
    }

    /// <summary>One weight of a row.</summary>
    internal readonly record struct Entry(int Class, float Weight);

    private readonly record struct Slot(ulong Key, int Start, int Length);
}
