using Graph.Extraction.Resources.Derivation;
using Graph.Model;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class SupportNounTargetsTests
{
    [Fact]
    public void For_EveryActionPredicate_NamesPrepositions()
    {
        Assert.All(PredicateInfo.All.Where(p => p.IsAction), p => Assert.NotEmpty(SupportNounTargets.For(p.Predicate)));
    }

    [Theory]
    [InlineData(Predicate.ImposeSanctions, "on")]
    [InlineData(Predicate.BreakRelations, "with")]
    [InlineData(Predicate.Meet, "with")]
    [InlineData(Predicate.Criticize, "over")]
    [InlineData(Predicate.Attack, "against")]
    public void For_LightVerbPhrase_TakesTheUsualPreposition(Predicate predicate, string preposition)
    {
        Assert.Contains(preposition, SupportNounTargets.For(predicate));
    }
}
