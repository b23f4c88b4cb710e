using Graph.Model;

namespace Graph.Model.Tests;

public sealed class PredicateInfoTests
{
    [Fact]
    public void All_CoversEveryPredicateInOrder()
    {
        var values = Enum.GetValues<Predicate>();
        Assert.Equal(values.Length, PredicateInfo.All.Count);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], PredicateInfo.All[i].Predicate);
        }
    }

    [Theory]
    [InlineData("BREAK_RELATIONS", Predicate.BreakRelations, "161")]
    [InlineData("IMPOSE_SANCTIONS", Predicate.ImposeSanctions, "163")]
    [InlineData("DENY", Predicate.Deny, "016")]
    public void TryParse_FindsActionsWithCameoCodes(string name, Predicate predicate, string cameo)
    {
        Assert.True(PredicateInfo.TryParse(name, out var info));
        Assert.Equal(predicate, info.Predicate);
        Assert.Equal(cameo, info.Cameo);
        Assert.True(info.IsAction);
    }

    [Fact]
    public void TryParse_RejectsUnknownNames() => Assert.False(PredicateInfo.TryParse("LIKES", out _));

    [Fact]
    public void Symmetric_AreExactlyTheFormatsFour()
    {
        var symmetric = PredicateInfo.All.Where(p => p.IsSymmetric).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["AGREE", "ALLIED_WITH", "COOPERATE", "MEET"], symmetric);
    }
}
