using Graph.Syntax.Features;

namespace Graph.Syntax.Tests.Features;

public class WeightTableTests
{
    private const int Classes = 40;

    [Fact]
    public void Score_RowsOfEveryKind_AddTheSameSumsAsTheSparseRowsInFeatureOrder()
    {
        var rows = RandomRows(new Random(7), 3_000);
        var table = WeightTable.Build(Classes, rows);
        var stored = table.Rows().ToDictionary(r => r.Key, r => r.Row);
        int shift = 64 - table.KeyBits;
        var random = new Random(11);

        for (int trial = 0; trial < 200; trial++)
        {
            // Known and unknown features, some twice.
            var keys = Enumerable.Range(0, 60).Select(_ => random.Next(3) == 0 ? (ulong)random.NextInt64() : rows[random.Next(rows.Count)].Key).ToArray();
            var expected = new float[Classes];
            foreach (ulong key in keys)
            {
                foreach (var e in stored.GetValueOrDefault(key >> shift, []))
                {
                    expected[e.Class] += e.Weight;
                }
            }

            var actual = new float[Classes];
            table.Score(keys, actual);

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Rows_AfterBuild_GiveBackEveryRowExactly()
    {
        var rows = RandomRows(new Random(3), 500);

        var table = WeightTable.Build(Classes, rows);

        int shift = 64 - table.KeyBits;
        Assert.Equal(rows.Select(r => (r.Key >> shift, r.Row)), table.Rows().Select(r => (r.Key, r.Row)));
        Assert.Equal(rows.Sum(r => r.Row.Length), table.Weights);
    }

    [Fact]
    public void Score_FewerScoresThanClasses_Throws()
    {
        var table = WeightTable.Build(Classes, RandomRows(new Random(1), 10));

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Score([1UL], new float[Classes - 1]));
    }

    /// <summary>Rows of every length (held in the slot, sparse apart, dense), mostly with 16-bit weights, some with full floats.</summary>
    private static List<(ulong Key, WeightTable.Entry[] Row)> RandomRows(Random random, int count)
    {
        var rows = new List<(ulong, WeightTable.Entry[])>();
        foreach (ulong key in Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64()).Distinct().Order())
        {
            int length = random.Next(4) switch { 0 => random.Next(1, 6), 1 => random.Next(6, 24), _ => random.Next(24, Classes + 1) };
            bool half = random.Next(10) > 0;
            var row = Enumerable.Range(0, Classes).OrderBy(_ => random.Next()).Take(length).Order()
                .Select(c => new WeightTable.Entry(c, half ? (float)(Half)(random.NextSingle() - 0.5f) : random.NextSingle() - 0.5f))
                .ToArray();
            rows.Add((key, row));
        }

        return rows;
    }
}
