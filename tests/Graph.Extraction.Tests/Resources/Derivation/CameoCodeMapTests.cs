using Graph.Extraction.Resources.Derivation;
using Graph.Model;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class CameoCodeMapTests
{
    [Theory]
    [InlineData("016", Predicate.Deny)]
    [InlineData("020", Predicate.Appeal)]
    [InlineData("0231", Predicate.Appeal)]
    [InlineData("040", Predicate.Meet)]
    [InlineData("046", Predicate.Meet)]
    [InlineData("042", Predicate.Visit)]
    [InlineData("043", Predicate.Host)]
    [InlineData("045", Predicate.Mediate)]
    [InlineData("051", Predicate.Praise)]
    [InlineData("052", Predicate.Supports)]
    [InlineData("057", Predicate.Agree)]
    [InlineData("062", Predicate.Cooperate)]
    [InlineData("071", Predicate.Funds)]
    [InlineData("073", Predicate.Supports)]
    [InlineData("100", Predicate.Demand)]
    [InlineData("1041", Predicate.Demand)]
    [InlineData("111", Predicate.Criticize)]
    [InlineData("114", Predicate.Criticize)]
    [InlineData("112", Predicate.Accuse)]
    [InlineData("1123", Predicate.Accuse)]
    [InlineData("113", Predicate.Opposes)]
    [InlineData("1246", Predicate.Reject)]
    [InlineData("130", Predicate.Warn)]
    [InlineData("138", Predicate.Threaten)]
    [InlineData("1312", Predicate.Threaten)]
    [InlineData("161", Predicate.BreakRelations)]
    [InlineData("163", Predicate.ImposeSanctions)]
    [InlineData("191", Predicate.ImposeSanctions)]
    [InlineData("176", Predicate.Attack)]
    [InlineData("1831", Predicate.Attack)]
    [InlineData("195", Predicate.Attack)]
    [InlineData("202", Predicate.Attack)]
    public void Map_CodeToItsPredicate_ByTheLongestPrefix(string code, Predicate expected)
    {
        Assert.Equal(expected, CameoCodeMap.Map(code, out _));
    }

    [Theory]
    [InlineData("010")]
    [InlineData("011")]
    [InlineData("012")]
    [InlineData("014")]
    [InlineData("017")]
    [InlineData("036")]
    [InlineData("0311")]
    [InlineData("050")]
    [InlineData("054")]
    [InlineData("070")]
    [InlineData("0874")]
    [InlineData("090")]
    [InlineData("110")]
    [InlineData("115")]
    [InlineData("141")]
    [InlineData("154")]
    [InlineData("160")]
    [InlineData("164")]
    [InlineData("173")]
    [InlineData("210")]
    public void Map_CodeThatFitsNoPredicate_IsDroppedWithAReason(string code)
    {
        Assert.Null(CameoCodeMap.Map(code, out string reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void Map_ReachesEveryActionPredicateButTheStatementItself()
    {
        string[] codes = [.. Enumerable.Range(10, 200).Select(c => c.ToString("000", System.Globalization.CultureInfo.InvariantCulture))];
        var reached = codes.Select(c => CameoCodeMap.Map(c, out _)).OfType<Predicate>().ToHashSet();

        Assert.All(PredicateInfo.All.Where(p => p.IsAction && p.Predicate != Predicate.Statement), p => Assert.Contains(p.Predicate, reached));
        Assert.DoesNotContain(Predicate.Statement, reached);
        Assert.Contains(Predicate.Supports, reached);
        Assert.Contains(Predicate.Funds, reached);
    }

    [Fact]
    public void Specificity_PrefersFourDigitsThenANonRootCode()
    {
        Assert.True(CameoCodeMap.Specificity("1123") > CameoCodeMap.Specificity("112"));
        Assert.True(CameoCodeMap.Specificity("112") > CameoCodeMap.Specificity("110"));
    }
}
