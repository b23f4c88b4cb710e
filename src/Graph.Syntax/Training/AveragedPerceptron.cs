using Graph.Syntax.Features;

namespace Graph.Syntax.Training;

/// <summary>
/// A multi-class averaged perceptron under training. Weights are sparse per feature (only the classes a feature was
/// ever updated for) and averaged lazily: each weight remembers when it last changed.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, Row> _rows = [];
    private long _clock;

    /// <summary>Creates an empty model over <paramref name="classes"/> classes.</summary>
    public AveragedPerceptron(int classes) => Classes = classes;

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Adds the current (not averaged) weights of the features to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong key in features)
        {
            if (_rows.TryGetValue(key, out Row? row))
            {
                for (int j = 0; j < row.Count; j++)
                {
                    scores[row.Classes[j]] += row.Weights[j];
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
            if (!_rows.TryGetValue(key, out Row? row))
            {
                row = new Row();
                _rows.Add(key, row);
            }

            row.Add(truth, 1f, _clock);
            row.Add(guess, -1f, _clock);
        }
    }

    /// <summary>
    /// The averaged weights as an inference table; weights whose magnitude is below <paramref name="minWeight"/> are
    /// dropped (they hardly change a decision and would only grow the model).
    /// </summary>
    public WeightTable ToTable(float minWeight)
    {
        var rows = new List<(ulong, WeightTable.Entry[])>(_rows.Count);
        var entries = new List<WeightTable.Entry>();
        double clock = Math.Max(1, _clock);
        foreach (var (key, row) in _rows)
        {
            entries.Clear();
            for (int j = 0; j < row.Count; j++)
            {
                double total = row.Totals[j] + (row.Weights[j] * (double)(_clock - row.Stamps[j]));
                float average = (float)(total / clock);
                if (Math.Abs(average) >= minWeight)
                {
                    entries.Add(new WeightTable.Entry(row.Classes[j], average));
                }
            }

            if (entries.Count > 0)
            {
                entries.Sort((a, b) => a.Class.CompareTo(b.Class));
                rows.Add((key, entries.ToArray()));
            }
        }

        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new WeightTable(Classes, rows);
    }

    private sealed class Row
    {
        public int Count;
        public int[] Classes = new int[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public long[] Stamps = new long[2];

        public void Add(int cls, float delta, long clock)
        {
            int j = 0;
            while (j < Count && Classes[j] != cls)
            {
                j++;
            }

            if (j == Count)
            {
                if (Count == Classes.Length)
                {
                    Array.Resize(ref Classes, Count * 2);
                    Array.Resize(ref Weights, Count * 2);
                    Array.Resize(ref Totals, Count * 2);
                    Array.Resize(ref Stamps, Count * 2);
                }

                Classes[j] = cls;
                Weights[j] = 0;
                Totals[j] = 0;
                Stamps[j] = clock;
                Count++;
            }

            Totals[j] += Weights[j] * (double)(clock - Stamps[j]);
            Weights[j] += delta;
            Stamps[j] = clock;
        }
    }
}
