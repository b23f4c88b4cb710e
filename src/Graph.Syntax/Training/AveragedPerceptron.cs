using Graph.Syntax.Features;

namespace Graph.Syntax.Training;

/// <summary>
/// A multi-class averaged perceptron under training. Each feature has a sparse row of (class, weight) entries, only
/// for the classes it was ever updated for. Rows live in one flat pool and features in an open-addressing table, so
/// training touches a cache line or two per feature instead of a chain of objects. Averaging uses the accumulated
/// update trick: with <c>u</c> the sum of <c>clock × delta</c>, the average is <c>w - u / clock</c>.
/// </summary>
internal sealed class AveragedPerceptron
{
    private Slot[] _slots = new Slot[1 << 16];
    private Entry[] _pool = new Entry[1 << 16];
    private int _poolUsed;
    private int _count;
    private long _clock = 1;

    /// <summary>Creates an empty model over <paramref name="classes"/> classes.</summary>
    public AveragedPerceptron(int classes) => Classes = classes;

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Adds the current (not averaged) weights of the features to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong key in features)
        {
            int slot = Find(key);
            if (slot >= 0)
            {
                var s = _slots[slot];
                for (int j = s.Offset, end = s.Offset + s.Count; j < end; j++)
                {
                    scores[_pool[j].Class] += _pool[j].Weight;
                }
            }
        }
    }

    /// <summary>Counts one training example (the averaging clock).</summary>
    public void Tick() => _clock++;

    /// <summary>Moves the weights toward <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (ulong key in features)
        {
            int slot = FindOrAdd(key);
            _slots[slot].Updates++;
            Add(slot, truth, 1f);
            Add(slot, guess, -1f);
        }
    }

    /// <summary>
    /// The averaged weights as an inference table. Features updated fewer than <paramref name="minUpdates"/> times and
    /// weights whose magnitude is below <paramref name="minWeight"/> are dropped: rare features are mostly noise, and
    /// they would only grow the model.
    /// </summary>
    public WeightTable ToTable(float minWeight, int minUpdates)
    {
        var rows = new List<(ulong, WeightTable.Entry[])>(_count);
        var entries = new List<WeightTable.Entry>();
        double clock = _clock;
        foreach (var slot in _slots)
        {
            if (slot.Key == 0 || slot.Updates < minUpdates)
            {
                continue;
            }

            entries.Clear();
            for (int j = slot.Offset; j < slot.Offset + slot.Count; j++)
            {
                // Rounded to the 16-bit float the model file keeps, so a trained model and its saved copy agree.
                float average = (float)(Half)(_pool[j].Weight - (_pool[j].Accumulated / clock));
                if (Math.Abs(average) >= minWeight)
                {
                    entries.Add(new WeightTable.Entry(_pool[j].Class, average));
                }
            }

            if (entries.Count > 0)
            {
                entries.Sort((a, b) => a.Class.CompareTo(b.Class));
                rows.Add((slot.Key, entries.ToArray()));
            }
        }

        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return WeightTable.Build(Classes, rows);
    }

    private int Find(ulong key)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(key & (ulong)mask);
        while (true)
        {
            ulong k = _slots[slot].Key;
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int FindOrAdd(ulong key)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(key & (ulong)mask);
        while (true)
        {
            ulong k = _slots[slot].Key;
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
            return FindOrAdd(key);
        }

        _slots[slot] = new Slot { Key = key, Offset = Allocate(2), Count = 0, Capacity = 2 };
        _count++;
        return slot;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Key == 0)
            {
                continue;
            }

            int slot = (int)(s.Key & (ulong)mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = s;
        }
    }

    private int Allocate(int size)
    {
        if (_poolUsed + size > _pool.Length)
        {
            Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _poolUsed + size));
        }

        int offset = _poolUsed;
        _poolUsed += size;
        return offset;
    }

    private void Add(int slot, int cls, float delta)
    {
        ref Slot s = ref _slots[slot];
        int j = s.Offset;
        int end = s.Offset + s.Count;
        while (j < end && _pool[j].Class != cls)
        {
            j++;
        }

        if (j == end)
        {
            if (s.Count == s.Capacity)
            {
                // The row is full: move it to a block twice as large at the end of the pool.
                int offset = Allocate(s.Capacity * 2);
                Array.Copy(_pool, s.Offset, _pool, offset, s.Count);
                s.Offset = offset;
                s.Capacity *= 2;
                j = offset + s.Count;
            }

            _pool[j] = new Entry { Class = cls };
            s.Count++;
        }

        _pool[j].Weight += delta;
        _pool[j].Accumulated += _clock * (double)delta;
    }

    private struct Slot
    {
        public ulong Key;
        public int Offset;
        public int Count;
        public int Capacity;
        public int Updates;
    }

    private struct Entry
    {
        public int Class;
        public float Weight;
        public double Accumulated;
    }
}
