using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class SubdivisionsTests
{
    [Fact]
    public void Extract_FirstLevelSubdivisions_AreRegions()
    {
        var x = Extract.From("Storms hit Oklahoma and Bavaria this week, while Ontario stayed dry.");
        Assert.Equal(EntityType.Region, x.Entity("Oklahoma")?.Type);
        Assert.Equal(EntityType.Region, x.Entity("Bavaria")?.Type);
        Assert.Equal(EntityType.Region, x.Entity("Ontario")?.Type);
    }
}
