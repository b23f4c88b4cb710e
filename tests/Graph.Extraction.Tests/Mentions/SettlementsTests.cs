using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class SettlementsTests
{
    [Fact]
    public void Extract_NameAfterTownOf_IsACity()
    {
        var x = Extract.From("Flooding cut off the town of Marlowe Creek for two days.");

        Assert.Equal(EntityType.City, x.Entity("Marlowe Creek")?.Type);
    }

    [Fact]
    public void Extract_KnownCapitalInApposition_IsTheCityNotItsCountry()
    {
        var x = Extract.From("A monument will be built in the nation's capital, Wellington.");

        Assert.Equal(EntityType.City, x.Entity("Wellington")?.Type);
    }
}
