using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class InnerFunctionWordsTests
{
    [Fact]
    public void Extract_OrganizationHeadBeforeOf_TakesTheNameWhole()
    {
        var x = Extract.From("A spokesman for the Ministry of Tourism said the beaches stay open.");

        // Named in its short form ("Tourism Ministry"), with the form written as an alias.
        Assert.Equal(EntityType.Organization, x.Entity("Tourism Ministry")?.Type);
        Assert.Contains("Ministry of Tourism", x.Entity("Tourism Ministry")!.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Tourism");
    }

    [Fact]
    public void Extract_ForTheAndOnAfterAHeadWord_StayInsideTheName()
    {
        var x = Extract.From("The Alliance for the Protection of Rivers said on its website that it would sue the Institute on Coastal Water Studies.");

        Assert.Equal(EntityType.Organization, x.Entity("Alliance for the Protection of Rivers")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Institute on Coastal Water Studies")?.Type);
    }

    [Fact]
    public void Extract_OnBeforeAPlaceAlone_EndsTheName()
    {
        var x = Extract.From("The probe was launched from the Eastfield Research Center on Norway's coast.");

        Assert.Equal(EntityType.Organization, x.Entity("Eastfield Research Center")?.Type);
    }

    [Fact]
    public void Extract_HyphenSetApartBetweenNameWords_JoinsThem()
    {
        var x = Extract.From("They work under the Canada-U.S.-Mexico Initiative on Clean Shipping and the Council on Arab - Latin Relations.");

        Assert.Equal(EntityType.Organization, x.Entity("Council on Arab - Latin Relations")?.Type);
    }

    [Fact]
    public void Extract_PersonRightAfterAnOfName_IsCutFromIt()
    {
        var x = Extract.From("Deputy Director of the Office of Rural Water Supply John Miller said that he would visit the dam in the spring.");

        Assert.Equal(EntityType.Organization, x.Entity("Office of Rural Water Supply")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("John Miller")?.Type);
    }
}
