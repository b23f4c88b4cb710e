using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Graph.Syntax.Features;

/// <summary>
/// Trained weights of a linear classifier: an open-addressing table from a feature key to a sparse row of
/// (class, weight) entries. Only the top <see cref="KeyBits"/> bits of each 64-bit feature key are kept (20 bits more
/// than the table needs to tell its own features apart), which halves the size of the model file; an unseen feature
/// then matches a stored one about once in a million lookups.
/// </summary>
/// <remarks>
/// The table is far larger than the cache, so a lookup's cost is its cache misses. A slot is 32 bytes, half a cache
/// line, and holds a row of up to <see cref="Slot.Inline"/> entries itself, each packed into 4 bytes (see
/// <see cref="PackedEntry"/>): most features then cost one miss. Longer rows, and the rare row whose weights do not
/// pack, live in a separate array. The few rows with many classes (the features seen most, which take most of the
/// additions) are also kept dense, a weight for every class, and added a vector at a time. The slots live in native
/// memory on huge pages (<see cref="HugePageBuffer"/>), so a lookup rarely waits for a page walk as well.
/// </remarks>
internal sealed class WeightTable
{
    private const int SpareBits = 20;

    /// <summary>Rows with at least this many entries are also kept dense.</summary>
    private const int DenseFrom = 24;

    private readonly HugePageBuffer _memory;
    private readonly int _capacity;
    private readonly Entry[] _overflow;
    private readonly float[] _dense;
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
        Weights = entries.Length;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _capacity = capacity;
        _memory = new HugePageBuffer((nuint)capacity * (nuint)Unsafe.SizeOf<Slot>());
        _mask = capacity - 1;
        var slots = Slots;

        // Sized before filling: growing lists would hold up to twice these arrays while the table loads.
        (int overflowCount, int denseCount) = OverflowSizes(lengths, entries, classes);
        _overflow = new Entry[overflowCount];
        _dense = new float[denseCount];
        int overflowNext = 0;
        int denseNext = 0;
        int next = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong stored = keys[i] + 1;
            int slot = (int)(stored & (ulong)_mask);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            var row = entries.AsSpan(next, lengths[i]);
            next += lengths[i];
            ref Slot s = ref slots[slot];
            s.Key = stored;
            s.Length = row.Length;
            if (row.Length <= Slot.Inline && PackedEntry.Fits(row, classes))
            {
                for (int j = 0; j < row.Length; j++)
                {
                    s.Row[j] = PackedEntry.Pack(row[j]);
                }
            }
            else
            {
                s.Length = -row.Length;
                s.Row[0] = (uint)overflowNext;
                row.CopyTo(_overflow.AsSpan(overflowNext));
                overflowNext += row.Length;
                if (row.Length >= DenseFrom && Dense(row, classes) is { } denseRow)
                {
                    s.Row[1] = (uint)denseNext + 1;
                    denseRow.CopyTo(_dense.AsSpan(denseNext));
                    denseNext += denseRow.Length;
                }
            }
        }
    }

    /// <summary>How many entries the overflow array and how many weights the dense array will hold.</summary>
    private static (int Overflow, int Dense) OverflowSizes(int[] lengths, Entry[] entries, int classes)
    {
        int overflow = 0;
        int dense = 0;
        int next = 0;
        foreach (int length in lengths)
        {
            var row = entries.AsSpan(next, length);
            next += length;
            if (length > Slot.Inline || !PackedEntry.Fits(row, classes))
            {
                overflow += length;
                if (length >= DenseFrom && Dense(row, classes) is not null)
                {
                    dense += classes;
                }
            }
        }

        return (overflow, dense);
    }

    /// <summary>Number of classes the scores are over.</summary>
    public int Classes { get; }

    /// <summary>Number of leading key bits kept.</summary>
    public int KeyBits { get; }

    /// <summary>Number of features with weights.</summary>
    public int Count { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int Weights { get; }

    /// <summary>Bytes the table holds in memory.</summary>
    public long Bytes => (long)_memory.Size + ((long)_overflow.Length * Unsafe.SizeOf<Entry>()) + ((long)_dense.Length * sizeof(float));

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
    /// Adds the weights of all the features to <paramref name="scores"/> (unknown features add nothing), feature by
    /// feature in the order given, so every score is the same sum in the same order whatever the memory layout. The
    /// lookups go in phases: every feature's slot is prefetched first, then the slots are probed (prefetching the long
    /// rows), and only then are the rows added up; the reads of one phase do not wait for each other, so their cache
    /// misses overlap instead of following one another.
    /// </summary>
    /// <returns>A value derived from the memory read ahead (ignore it; returning it keeps those reads in the code).</returns>
    public int Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Classes);
        int n = keys.Length;
        Span<int> found = n <= 256 ? stackalloc int[n] : new int[n];
        ref Slot slots = ref MemoryMarshal.GetReference(Slots);
        int mask = _mask;
        int shift = _shift;
        int touched = 0;
        for (int i = 0; i < n; i++)
        {
            int home = (int)(((keys[i] >> shift) + 1) & (ulong)mask);
            found[i] = home;
            touched += Prefetch(ref Unsafe.Add(ref slots, home));
        }

        for (int i = 0; i < n; i++)
        {
            ulong stored = (keys[i] >> shift) + 1;
            int slot = found[i];
            found[i] = -1;
            while (true)
            {
                ulong k = Unsafe.Add(ref slots, slot).Key;
                if (k == stored)
                {
                    found[i] = slot;
                    ref Slot s = ref Unsafe.Add(ref slots, slot);
                    if (s.Length < 0)
                    {
                        touched += s.Row[1] != 0 ? (int)_dense[(int)s.Row[1] - 1] : _overflow[(int)s.Row[0]].Class;
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        for (int i = 0; i < n; i++)
        {
            int slot = found[i];
            if (slot < 0)
            {
                continue;
            }

            ref Slot s = ref Unsafe.Add(ref slots, slot);
            int length = s.Length;
            if (length >= 0)
            {
                for (int j = 0; j < length; j++)
                {
                    uint packed = s.Row[j];
                    scores[PackedEntry.Class(packed)] += PackedEntry.Weight(packed);
                }
            }
            else if (s.Row[1] != 0)
            {
                AddDense(_dense.AsSpan((int)s.Row[1] - 1, Classes), scores);
            }
            else
            {
                foreach (var e in _overflow.AsSpan((int)s.Row[0], -length))
                {
                    scores[e.Class] += e.Weight;
                }
            }
        }

        // The slots are native memory, freed with the table: keep the table alive until the reads are done.
        GC.KeepAlive(this);
        return touched;
    }

    /// <summary>The rows with their truncated keys, in key order (for writing the model).</summary>
    public IEnumerable<(ulong Key, Entry[] Row)> Rows()
    {
        var keys = new List<(ulong Key, int Slot)>();
        for (int i = 0; i < _capacity; i++)
        {
            ulong key = Slots[i].Key;
            if (key != 0)
            {
                keys.Add((key, i));
            }
        }

        keys.Sort();
        foreach (var (key, slot) in keys)
        {
            yield return (key - 1, RowAt(slot));
        }

        GC.KeepAlive(this);
    }

    private unsafe Span<Slot> Slots => new(_memory.Pointer, _capacity);

    private Entry[] RowAt(int slot)
    {
        ref Slot s = ref Slots[slot];
        if (s.Length < 0)
        {
            return _overflow.AsSpan((int)s.Row[0], -s.Length).ToArray();
        }

        var row = new Entry[s.Length];
        for (int j = 0; j < row.Length; j++)
        {
            row[j] = PackedEntry.Unpack(s.Row[j]);
        }

        return row;
    }

    /// <summary>
    /// Adds a dense row to the scores. A class missing from the sparse row adds zero here, which leaves every score
    /// equal (at most a -0 becomes +0, which compares the same); the other classes get the same additions in the
    /// same order, vector lanes adding exactly as single floats do.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDense(ReadOnlySpan<float> row, Span<float> scores)
    {
        int c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float r = ref MemoryMarshal.GetReference(row);
            ref float a = ref MemoryMarshal.GetReference(scores);
            for (; c + Vector256<float>.Count <= row.Length; c += Vector256<float>.Count)
            {
                (Vector256.LoadUnsafe(ref a, (nuint)c) + Vector256.LoadUnsafe(ref r, (nuint)c)).StoreUnsafe(ref a, (nuint)c);
            }
        }

        for (; c < row.Length; c++)
        {
            scores[c] += row[c];
        }
    }

    /// <summary>The row with a weight for every class, or null if a class occurs twice (then only the sparse row adds both).</summary>
    private static float[]? Dense(ReadOnlySpan<Entry> row, int classes)
    {
        var dense = new float[classes];
        var seen = new bool[classes];
        foreach (var e in row)
        {
            if (seen[e.Class])
            {
                return null;
            }

            seen[e.Class] = true;
            dense[e.Class] = e.Weight;
        }

        return dense;
    }

    /// <summary>Starts loading a slot's cache line without waiting for it (a plain read where there is no prefetch instruction).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Prefetch(ref Slot slot)
    {
        if (Sse.IsSupported)
        {
            // The slots are native memory, so the address stays valid.
            Sse.Prefetch0(Unsafe.AsPointer(ref slot));
            return 0;
        }

        return (int)slot.Key;
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

    /// <summary>
    /// A slot: the stored key (the kept key bits plus one; 0 marks an empty slot), then the row: its length and up to
    /// <see cref="Inline"/> packed entries; or, for a row kept in the overflow array, minus its length, its start there,
    /// and one more than its start in the dense array (0 when it is not dense).
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    private struct Slot
    {
        /// <summary>Most entries a slot holds itself.</summary>
        public const int Inline = 5;

        public ulong Key;
        public int Length;
        public InlineEntries Row;
    }

    [InlineArray(Slot.Inline)]
    private struct InlineEntries
    {
        private uint _entry;
    }
}
