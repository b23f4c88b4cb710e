using Graph.Bolt.Framing;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.PackStream;

public sealed class PackStreamWriterTests
{
    private static string Encode(object? value, bool legacy = false)
    {
        using var buffer = new WriteBuffer();
        new PackStreamWriter(buffer) { LegacyDateTime = legacy }.WriteValue(value);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    [InlineData(128L, "C90080")]
    [InlineData(-129L, "C9FF7F")]
    [InlineData(32767L, "C97FFF")]
    [InlineData(-32768L, "C98000")]
    [InlineData(32768L, "CA00008000")]
    [InlineData(2147483647L, "CA7FFFFFFF")]
    [InlineData(-2147483648L, "CA80000000")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    [InlineData(long.MaxValue, "CB7FFFFFFFFFFFFFFF")]
    public void WriteInt_uses_the_smallest_encoding(long value, string hex) => Assert.Equal(hex, Encode(value));

    [Fact]
    public void Scalars_match_the_specification_examples()
    {
        Assert.Equal("C0", Encode(null));
        Assert.Equal("C3", Encode(true));
        Assert.Equal("C2", Encode(false));
        Assert.Equal("C13FF3AE147AE147AE", Encode(1.23));
        Assert.Equal("80", Encode(""));
        Assert.Equal("A1836F6E658465696E73", Encode(new Dictionary<string, object?> { ["one"] = "eins" }));
        Assert.Equal("CC03010203", Encode(new byte[] { 1, 2, 3 }));
    }

    [Fact]
    public void Strings_lists_maps_and_bytes_switch_width_at_the_boundaries()
    {
        Assert.StartsWith("8F", Encode(new string('a', 15)), StringComparison.Ordinal);
        Assert.StartsWith("D010", Encode(new string('a', 16)), StringComparison.Ordinal);
        Assert.StartsWith("D0FF", Encode(new string('a', 255)), StringComparison.Ordinal);
        Assert.StartsWith("D10100", Encode(new string('a', 256)), StringComparison.Ordinal);
        Assert.StartsWith("D200010000", Encode(new string('a', 65536)), StringComparison.Ordinal);
        Assert.StartsWith("D0", Encode("Größenmaßstäbe"), StringComparison.Ordinal); // 17 UTF-8 bytes from 14 chars
        Assert.StartsWith("9F", Encode(Enumerable.Repeat((object?)1L, 15).ToList()), StringComparison.Ordinal);
        Assert.StartsWith("D428", Encode(Enumerable.Range(1, 40).Select(i => (object?)(long)i).ToArray()), StringComparison.Ordinal);
        Assert.StartsWith("D50100", Encode(new object?[256]), StringComparison.Ordinal);
        Assert.StartsWith("D600010000", Encode(new object?[65536]), StringComparison.Ordinal);
        Assert.StartsWith("D810", Encode(Enumerable.Range(0, 16).ToDictionary(i => "k" + i, i => (object?)null)), StringComparison.Ordinal);
        Assert.StartsWith("D90100", Encode(Enumerable.Range(0, 256).ToDictionary(i => "k" + i, i => (object?)null)), StringComparison.Ordinal);
        Assert.StartsWith("DA00010000", Encode(Enumerable.Range(0, 65536).ToDictionary(i => "k" + i, i => (object?)null)), StringComparison.Ordinal);
        Assert.StartsWith("CD0100", Encode(new byte[256]), StringComparison.Ordinal);
        Assert.StartsWith("CE00010000", Encode(new byte[65536]), StringComparison.Ordinal);
    }

    [Fact]
    public void Clr_values_map_to_their_Bolt_types()
    {
        Assert.Equal("2A", Encode(42));
        Assert.Equal("2A", Encode((short)42));
        Assert.Equal("2A", Encode((byte)42));
        Assert.Equal("C13FF8000000000000", Encode(1.5f));
        Assert.Equal("92012A", Encode(new[] { 1, 42 }));
        Assert.Equal("81 78".Replace(" ", "", StringComparison.Ordinal), Encode('x'));
        // DateOnly 1970-01-02 → Date(1)
        Assert.Equal("B14401", Encode(new DateOnly(1970, 1, 2)));
        // TimeOnly 00:00:01 → LocalTime(1e9 ns)
        Assert.Equal("B174CA3B9ACA00", Encode(new TimeOnly(0, 0, 1)));
        // Unspecified DateTime → LocalDateTime(seconds, nanos)
        Assert.Equal("B2643C00", Encode(new DateTime(1970, 1, 1, 0, 1, 0, DateTimeKind.Unspecified)));
        // TimeSpan → Duration(0, 0, seconds, nanos)
        Assert.Equal("B445000001CA1DCD6500", Encode(TimeSpan.FromSeconds(1.5)));
        Assert.Equal("B358C91C23C14000000000000000C1C008000000000000", Encode(new BoltPoint(7203, 2.0, -3.0)));
        Assert.Equal("B459C923C5C13FF0000000000000C14000000000000000C14008000000000000", Encode(new BoltPoint(9157, 1.0, 2.0, 3.0)));
    }

    [Fact]
    public void DateTime_uses_utc_seconds_and_the_legacy_form_uses_local_seconds()
    {
        // 1970-01-01T02:15:00.000000042+01:00 → (4500, 42, 3600) per the specification.
        var value = new BoltDateTime(4500, 42, 3600);
        Assert.Equal("B349C911942AC90E10", Encode(value));
        // Legacy 'F': seconds include the offset: 4500 + 3600 = 8100.
        Assert.Equal("B346C91FA42AC90E10", Encode(value, legacy: true));
        // A DateTimeOffset becomes the same structure (without the 42 ns, which .NET cannot hold).
        Assert.Equal("B349C9119400C90E10", Encode(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1))));
        Assert.Equal("B349C911940000", Encode(new DateTime(1970, 1, 1, 1, 15, 0, DateTimeKind.Utc)));
        Assert.Equal("B369C911942A8D4575726F70652F4265726C696E", Encode(new BoltZonedDateTime(4500, 42, "Europe/Berlin")));
    }

    [Fact]
    public void Graph_values_cannot_be_sent_as_parameters()
    {
        var node = new Node(1, "4:x:1", ["A"], new Dictionary<string, object?>());
        Assert.Throws<ArgumentException>(() => Encode(node));
        Assert.Throws<ArgumentException>(() => Encode(ulong.MaxValue));
        Assert.Throws<ArgumentException>(() => Encode(new object()));
    }
}
