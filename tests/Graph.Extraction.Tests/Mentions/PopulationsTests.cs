using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class PopulationsTests
{
    [Fact]
    public void Extract_DemonymPlural_IsAGroup()
    {
        var x = Extract.From("Many Canadians crossed the border to shop on Saturday.");
        Assert.Equal(EntityType.Group, x.Entity("Canadians")?.Type);
    }

    [Fact]
    public void Extract_DemonymBeforePopulationNoun_IsAGroup()
    {
        var x = Extract.From("The camp now shelters Sudanese refugees and Chadian people fleeing the drought.");
        Assert.Equal(EntityType.Group, x.Entity("Sudanese refugees")?.Type);
        Assert.Equal(EntityType.Group, x.Entity("Chadian people")?.Type);
    }

    [Fact]
    public void Extract_BarePopulationNoun_IsAGroupButNotAfterADeterminer()
    {
        var x = Extract.From("Police said protesters blocked the bridge.");
        Assert.Equal(EntityType.Group, x.Entity("protesters")?.Type);

        var y = Extract.From("The mayor thanked the people of the town and the volunteers.");
        Assert.DoesNotContain(y.Entities, e => e.Type == EntityType.Group);
    }

    [Fact]
    public void Extract_CountOrAmountBeforeAPopulation_StillNamesIt()
    {
        var x = Extract.From("Officials said 3,200 migrants reached the island, and that some asylum seekers waited for months.");

        Assert.Equal(EntityType.Group, x.Entity("migrants")?.Type);
        Assert.Equal(EntityType.Group, x.Entity("asylum seekers")?.Type);
    }

    [Fact]
    public void Extract_CapitalizedQualifierBeforeACollectiveNoun_IsAGroup()
    {
        var x = Extract.From("The senator thanked the LGBT community and the Irish diaspora for their support.");

        Assert.Equal(EntityType.Group, x.Entity("LGBT community")?.Type);
        Assert.Equal(EntityType.Group, x.Entity("Irish diaspora")?.Type);
    }

    [Fact]
    public void Extract_CollectiveNounAfterALowerCaseWord_IsNoGroup()
    {
        var x = Extract.From("The senator thanked the international community for its support.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Group);
    }

    [Fact]
    public void Extract_PopulationOpeningASentence_IsAGroup()
    {
        var x = Extract.From("Protesters clashed with soldiers in Lima on Monday.");

        Assert.Equal(EntityType.Group, x.Entity("protesters")?.Type);
    }
}
