using Graph.Bolt.Framing;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.PackStream;

public sealed class PackStreamReaderTests
{
    private static object? Decode(string hex)
    {
        var reader = new PackStreamReader(Convert.FromHexString(hex));
        object? value = reader.ReadValue();
        Assert.Equal(0, reader.Remaining);
        return value;
    }

    private static object? RoundTrip(object? value)
    {
        using var buffer = new WriteBuffer();
        new PackStreamWriter(buffer).WriteValue(value);
        var reader = new PackStreamReader(buffer.WrittenSpan);
        return reader.ReadValue();
    }

    [Theory]
    [InlineData("00", 0L)]
    [InlineData("7F", 127L)]
    [InlineData("F0", -16L)]
    [InlineData("C8EF", -17L)]
    [InlineData("C80A", 10L)] // Non-minimal encodings are still read.
    [InlineData("C98000", -32768L)]
    [InlineData("CA80000000", -2147483648L)]
    [InlineData("CB8000000000000000", long.MinValue)]
    public void Integers_of_every_width_decode(string hex, long expected) => Assert.Equal(expected, Decode(hex));

    [Fact]
    public void Every_marker_family_decodes()
    {
        Assert.Null(Decode("C0"));
        Assert.Equal(true, Decode("C3"));
        Assert.Equal(false, Decode("C2"));
        Assert.Equal(1.23, Decode("C13FF3AE147AE147AE"));
        Assert.Equal("", Decode("80"));
        Assert.Equal("a", Decode("D00161"));
        Assert.Equal("a", Decode("D1000161"));
        Assert.Equal("a", Decode("D20000000161"));
        Assert.Equal(new byte[] { 1 }, Decode("CC0101"));
        Assert.Equal(new byte[] { 1 }, Decode("CD000101"));
        Assert.Equal(new byte[] { 1 }, Decode("CE0000000101"));
        Assert.Equal(new object?[] { 1L }, Decode("D40101"));
        Assert.Equal(new object?[] { 1L }, Decode("D5000101"));
        Assert.Equal(new object?[] { 1L }, Decode("D60000000101"));
        Assert.Equal(new Dictionary<string, object?> { ["one"] = "eins" }, Decode("A1836F6E658465696E73"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Decode("D8018161" + "01"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Decode("D900018161" + "01"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Decode("DA000000018161" + "01"));
    }

    [Fact]
    public void Duplicate_dictionary_keys_keep_the_last_value() =>
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 2L }, Decode("A2816101816102"));

    [Theory]
    [InlineData("C4")]
    [InlineData("C5")]
    [InlineData("C6")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("D7")]
    [InlineData("DB")]
    [InlineData("DF")]
    [InlineData("E0")]
    [InlineData("EF")]
    public void Unassigned_markers_are_protocol_errors(string hex)
    {
        var error = Assert.Throws<ProtocolException>(() => Decode(hex));
        Assert.Contains("marker", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("D0")] // missing size
    [InlineData("D00561")] // 5-byte string with 1 byte
    [InlineData("9201")] // list of 2 with 1 item
    [InlineData("B1ZZ")]
    public void Truncated_input_is_a_protocol_error(string hex)
    {
        if (hex.Contains('Z', StringComparison.Ordinal))
        {
            hex = "B17A01"; // unknown structure tag 'z'
        }

        Assert.Throws<ProtocolException>(() => Decode(hex));
    }

    [Fact]
    public void Graph_structures_decode_with_element_ids()
    {
        // Node(1, ["Person"], {name:"Ann"}, "4:db:1")
        var node = Assert.IsType<Node>(Decode("B44E01" + "91" + "86506572736F6E" + "A1846E616D6583416E6E" + "86343A64623A31"));
        Assert.Equal(1, node.Id);
        Assert.Equal("4:db:1", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Ann", node.Properties["name"]);

        // Bolt 4.4 node without an element id: the id is used as text.
        var old = Assert.IsType<Node>(Decode("B34E0790A0"));
        Assert.Equal("7", old.ElementId);
    }

    [Fact]
    public void Temporal_and_spatial_values_round_trip_losslessly()
    {
        object?[] values =
        [
            new BoltDate(-719528), new BoltDate(20000), new BoltTime(1, -3600), new BoltLocalTime(86_399_999_999_999),
            new BoltDateTime(4500, 42, 3600), new BoltZonedDateTime(-1, 999_999_999, "America/New_York"),
            new BoltLocalDateTime(long.MaxValue / 2, 1), new BoltDuration(14, -3, 59, 999_999_999),
            new BoltPoint(4326, 13.4, 52.5), new BoltPoint(4979, 13.4, 52.5, 34.0),
        ];
        foreach (object? value in values)
        {
            Assert.Equal(value, RoundTrip(value));
        }
    }

    [Fact]
    public void Legacy_datetime_structures_are_converted_to_utc()
    {
        // 'F' (local seconds 8100, offset 3600) is the instant 4500.
        Assert.Equal(new BoltDateTime(4500, 42, 3600), Decode("B346C91FA42AC90E10"));
        // 'f' with a zone: 1970-01-01T01:00 local in Europe/Berlin (UTC+1) is epoch 0.
        Assert.Equal(new BoltZonedDateTime(0, 0, "Europe/Berlin"), Decode("B366C90E10008D4575726F70652F4265726C696E"));
    }

    [Fact]
    public void Path_binds_relationships_to_their_real_direction()
    {
        // Nodes a(1), b(2); one unbound rel r(9); indices [-1, 1]: the relationship points from b to a.
        var a = "B44E0190A0" + "8161";
        var b = "B44E0290A0" + "8162";
        var r = "B4720981 54".Replace(" ", "", StringComparison.Ordinal) + "A0" + "8172";
        var path = Assert.IsType<Path>(Decode("B350" + "92" + a + b + "91" + r + "92FF01"));
        Assert.Equal(["a", "b"], path.Nodes.Select(n => n.ElementId));
        var rel = Assert.Single(path.Relationships);
        Assert.Equal(("b", "a", "T"), (rel.StartNodeElementId, rel.EndNodeElementId, rel.Type));
        Assert.Equal(2, rel.StartNodeId);
    }
}
