using Graph.Syntax.Features;

namespace Graph.Syntax.Tests.Features;

public class PackedEntryTests
{
    [Theory]
    [InlineData(0, 0f)]
    [InlineData(5, -0.001234f)]
    [InlineData(105, 65504f)]
    [InlineData(8191, -3.5e-6f)]
    public void Pack_HalfPrecisionWeight_UnpacksToTheSameEntry(int cls, float weight)
    {
        var entry = new WeightTable.Entry(cls, (float)(Half)weight);

        Assert.True(PackedEntry.Fits([entry], PackedEntry.MaxClasses));
        Assert.Equal(entry, PackedEntry.Unpack(PackedEntry.Pack(entry)));
    }

    [Fact]
    public void Fits_FullPrecisionWeightOrClassOutOfRange_IsFalse()
    {
        Assert.False(PackedEntry.Fits([new WeightTable.Entry(1, 0.1f)], 10));
        Assert.False(PackedEntry.Fits([new WeightTable.Entry(10, 0.5f)], 10));
        Assert.True(PackedEntry.Fits([new WeightTable.Entry(9, 0.5f)], 10));
    }
}
