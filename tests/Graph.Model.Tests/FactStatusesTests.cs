using Graph.Model;

namespace Graph.Model.Tests;

public sealed class FactStatusesTests
{
    [Theory]
    [InlineData(FactStatus.Asserted, "asserted")]
    [InlineData(FactStatus.Negated, "negated")]
    [InlineData(FactStatus.Hypothetical, "hypothetical")]
    [InlineData(FactStatus.Intended, "intended")]
    [InlineData(FactStatus.Alleged, "alleged")]
    public void Name_IsTheLowerCaseWireName_AndParsesBack(FactStatus status, string name)
    {
        Assert.Equal(name, status.Name());
        Assert.True(FactStatuses.TryParse(name.ToUpperInvariant(), out FactStatus parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("denied")]
    public void TryParse_UnknownName_IsFalse(string? name) =>
        Assert.False(FactStatuses.TryParse(name, out _));

    [Fact]
    public void All_IsEveryStatusOnce_AssertedFirst()
    {
        Assert.Equal(Enum.GetValues<FactStatus>(), FactStatuses.All);
        Assert.Equal(FactStatus.Asserted, FactStatuses.All[0]);
    }
}
