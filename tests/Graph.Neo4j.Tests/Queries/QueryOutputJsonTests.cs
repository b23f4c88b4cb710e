using System.Text;
using Graph.Bolt;
using Graph.Neo4j.Queries;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests.Queries;

/// <summary>The JSON query output, byte for byte as System.Text.Json wrote it (see <see cref="SystemTextJsonReference"/>).</summary>
public sealed class QueryOutputJsonTests
{
    private static readonly Node Qatar = new(1, "4:x:1", ["Entity", "Country"], new Dictionary<string, object?> { ["name"] = "Qatar", ["aliases"] = new List<object?> { "State of Qatar" } });
    private static readonly Node Doha = new(2, "4:x:2", ["Entity", "City"], new Dictionary<string, object?>());
    private static readonly Relationship LocatedIn = new(3, "5:x:3", 2, "4:x:2", 1, "4:x:1", "LOCATED_IN", new Dictionary<string, object?> { ["count"] = 2L, ["confidence"] = 0.75 });

    private static readonly string[] HostileTexts =
    [
        "", "plain", "quote \" backslash \\ slash /", "line\nfeed\rreturn\ttab\bback\fform", "nul\u0000bell\u0007esc\u001bdel\u007f c1\u0085\u009f",
        "<html> & 'single' `tick` +plus", "bidi \u202Eevil\u202C zero\u200Bwidth \uFEFFbom \u2028line\u2029para", "private \uE000 nonchar \uFFFE\uFFFF",
        "Zürich – Āl Saʿūd – الرياض – 東京 – 🚀👩‍👩‍👧", "combining e\u0301 hangul \u1100\u1161", "unassigned \u0378 \u08A0",
    ];

    [Fact]
    public void WriteJson_EveryValueKind_BytesEqualTheReference()
    {
        string[] keys = ["text", "number", "real", "flag", "date", "graph", "nested", "missing"];
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "Qatar", 3L, 1.5, true, new BoltDate(17322), Qatar, new List<object?> { "Doha", 1.5, null, new List<object?>() }, null },
            new object?[] { null, long.MinValue, -0.0, false, new BoltDateTime(1_500_000_000, 123_000_000, 3600), LocatedIn, new Dictionary<string, object?>(), null },
            new object?[] { "", long.MaxValue, 1e20, null, new BoltLocalTime(45_296_000_000_123), new Graph.Bolt.Path([Doha, Qatar], [LocatedIn]), new Dictionary<string, object?> { ["b"] = 1L, ["a"] = new[] { "x" } } },
            new object?[] { "x", 42, double.NaN, true, new BoltDuration(14, 3, 3661, 5), new BoltPoint(4326, 51.53, 25.28), double.PositiveInfinity, double.NegativeInfinity },
            new object?[] { "y", 0L, double.Epsilon, false, new BoltPoint(9157, -1.0, 2.5, 1e-7), Doha, double.MaxValue, 0.1 },
            Array.Empty<object?>(),
        };
        rows.Add(HostileTexts.Cast<object?>().ToArray());
        rows.Add(new object?[] { new Dictionary<string, object?>(HostileTexts.Select(t => KeyValuePair.Create(t, (object?)t))) });

        AssertSameBytes(keys, rows);
    }

    [Fact]
    public void WriteJson_EveryBmpCharacterAndKey_BytesEqualTheReference()
    {
        // Each UTF-16 code unit alone (lone surrogates included), then every valid supplementary plane's first character.
        var texts = Enumerable.Range(0, 0x10000).Select(c => (object?)((char)c).ToString())
            .Concat(Enumerable.Range(1, 16).Select(plane => (object?)char.ConvertFromUtf32(plane * 0x10000)))
            .ToList();

        AssertSameBytes(["text"], [[texts]]);
        AssertSameBytes(texts.Cast<string>().Take(2000).ToArray(), [[]]);
    }

    [Fact]
    public void WriteJson_RandomDoubles_BytesEqualTheReference()
    {
        var random = new Random(20261201);
        var numbers = new List<object?>();
        for (int i = 0; i < 5000; i++)
        {
            numbers.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
            numbers.Add(Math.Round(random.NextDouble() * 1000, random.Next(0, 6)));
        }

        AssertSameBytes(["numbers"], [[numbers]]);
    }

    [Fact]
    public void WriteJson_NoRows_IsAnEmptyArray()
    {
        using var stream = new MemoryStream();

        QueryOutput.WriteJson(["a"], [], stream);

        Assert.Equal("[]", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void AssertSameBytes(IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        QueryOutput.WriteJson(keys, rows, stream);
        string expected = Encoding.UTF8.GetString(SystemTextJsonReference.Write(keys, rows));
        string actual = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(expected, actual);
    }
}
