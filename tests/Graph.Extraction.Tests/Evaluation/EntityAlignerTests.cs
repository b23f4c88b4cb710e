using Graph.Extraction.Evaluation;
using Graph.Model;
using static Graph.Extraction.Tests.Support.EvalDocuments;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class EntityAlignerTests
{
    [Fact]
    public void Align_SameNormalizedName_IsAnExactMatch()
    {
        var gold = new[] { Gold("g1", EntityType.City, "The Hague") };
        var predicted = new[] { Predicted("p1", EntityType.City, "Hague") };

        var alignment = EntityAligner.Align(gold, predicted);

        Assert.Equal("g1", alignment.GoldIdOf("p1"));
        Assert.Equal(AlignmentLevel.ExactName, alignment.LevelOf("p1"));
    }

    [Fact]
    public void Align_NameAmongTheOthersAliases_MatchesInEitherDirection()
    {
        var gold = new[] { Gold("us", EntityType.Country, "United States", "U.S."), Gold("tillerson", EntityType.Person, "Tillerson") };
        var predicted = new[]
        {
            Predicted("p_us", EntityType.Country, "U.S."),
            Predicted("p_rex", EntityType.Person, "Rex Tillerson", "Tillerson"),
        };

        var alignment = EntityAligner.Align(gold, predicted);

        Assert.Equal("us", alignment.GoldIdOf("p_us"));
        Assert.Equal(AlignmentLevel.NameInAliases, alignment.LevelOf("p_us"));
        Assert.Equal("tillerson", alignment.GoldIdOf("p_rex"));
        Assert.Equal(AlignmentLevel.NameInAliases, alignment.LevelOf("p_rex"));
    }

    [Fact]
    public void Align_OnlyASharedAlias_IsTheWeakestMatch()
    {
        var gold = new[] { Gold("g", EntityType.Organization, "Islamic Revolutionary Guard Corps", "IRGC") };
        var predicted = new[] { Predicted("p", EntityType.Organization, "Revolutionary Guards", "IRGC") };

        var alignment = EntityAligner.Align(gold, predicted);

        Assert.Equal(AlignmentLevel.SharedAlias, alignment.LevelOf("p"));
    }

    [Fact]
    public void Align_NoSharedForm_LeavesBothUnaligned()
    {
        var alignment = EntityAligner.Align([Gold("g", EntityType.Country, "Qatar")], [Predicted("p", EntityType.Country, "Oman")]);

        Assert.Equal(0, alignment.Count);
        Assert.Null(alignment.GoldIdOf("p"));
        Assert.Null(alignment.LevelOf("p"));
    }

    [Fact]
    public void Align_IsOneToOne_StrongerEvidenceFirst()
    {
        // "Iran" matches the gold Iran exactly; the government, an alias match, must not take it first.
        var gold = new[] { Gold("iran", EntityType.Country, "Iran", "Tehran") };
        var predicted = new[]
        {
            Predicted("p_tehran", EntityType.City, "Tehran"),
            Predicted("p_iran", EntityType.Country, "Iran"),
        };

        var alignment = EntityAligner.Align(gold, predicted);

        Assert.Equal("iran", alignment.GoldIdOf("p_iran"));
        Assert.Null(alignment.GoldIdOf("p_tehran"));
    }

    [Fact]
    public void Align_EquallyStrongCandidates_SameTypeFirst()
    {
        var gold = new[] { Gold("g_city", EntityType.City, "Washington"), Gold("g_person", EntityType.Person, "Washington") };
        var predicted = new[] { Predicted("p", EntityType.Person, "Washington") };

        var alignment = EntityAligner.Align(gold, predicted);

        Assert.Equal("g_person", alignment.GoldIdOf("p"));
    }

    [Fact]
    public void Align_EquallyStrongSameTypeCandidates_PredictedOrderThenGoldOrderDecides()
    {
        var gold = new[] { Gold("g1", EntityType.Person, "Kim"), Gold("g2", EntityType.Person, "Kim") };
        var predicted = new[] { Predicted("p1", EntityType.Person, "Kim"), Predicted("p2", EntityType.Person, "Kim") };

        var alignment = EntityAligner.Align(gold, predicted);

        Assert.Equal("g1", alignment.GoldIdOf("p1"));
        Assert.Equal("g2", alignment.GoldIdOf("p2"));
    }

    [Fact]
    public void Align_DifferentTypes_StillAlign()
    {
        var alignment = EntityAligner.Align([Gold("g", EntityType.Group, "Hezbollah")], [Predicted("p", EntityType.Organization, "Hezbollah")]);

        Assert.Equal("g", alignment.GoldIdOf("p"));
    }

    [Fact]
    public void Align_EmptyAliases_NeverMatch()
    {
        var alignment = EntityAligner.Align([Gold("g", EntityType.Country, "Qatar", "...")], [Predicted("p", EntityType.Country, "Oman", "!")]);

        Assert.Equal(0, alignment.Count);
    }
}
