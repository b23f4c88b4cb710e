using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class AliasKeyTests
{
    [Theory]
    [InlineData("Évora", "evora")]
    [InlineData("  EVORA  ", "evora")]
    [InlineData("Nkem\t\u00A0Okafor", "nkem okafor")]
    [InlineData("Ça\u0301rdenas", "cardenas")]
    [InlineData("Dr. Okafor", "dr. okafor")]
    [InlineData("Łódź", "łodz")]
    public void Fold_IgnoresCaseAccentsAndSpacing_KeepsPunctuation(string text, string folded) =>
        Assert.Equal(folded, AliasKey.Fold(text));

    [Fact]
    public void Fold_DifferentNames_StayDifferent() => Assert.NotEqual(AliasKey.Fold("Okafor"), AliasKey.Fold("Okafo"));
}
