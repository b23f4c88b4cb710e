using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class RecognizedNamesTests
{
    [Fact]
    public void Extract_UntitledPersonAndCompanyInNoList_AreFoundByTheTrainedRecognizer()
    {
        var x = Extract.From("Maria Kowalczyk joined Google after she left the army.");

        Assert.Equal(EntityType.Person, x.Entity("Maria Kowalczyk")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Google")?.Type);
    }

    [Fact]
    public void Extract_NameEndingInAnOrganizationHeadWord_IsAnOrganization()
    {
        var x = Extract.From("Anna Berg joined Dartmouth College after she left the army.");

        Assert.Equal(EntityType.Organization, x.Entity("Dartmouth College")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Anna Berg")?.Type);
    }

    [Fact]
    public void Extract_RecognizedPersonsSurnameLater_IsTheSameEntity()
    {
        var x = Extract.From("Maria Kowalczyk joined Google after she left the army. Colleagues described Kowalczyk as a careful planner.");

        Assert.Contains("Kowalczyk", x.Entity("Maria Kowalczyk")!.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Kowalczyk");
    }

    [Fact]
    public void Extract_UnknownTownAfterPlacePreposition_IsACity()
    {
        var x = Extract.From("She now works for Google in Mountain View.");

        Assert.Equal(EntityType.City, x.Entity("Mountain View")?.Type);
    }

    [Fact]
    public void Extract_TitleCaseHeadline_TakesNoRecognizedNames()
    {
        var x = Extract.From("The board met on Monday.", headline: "Maria Kowalczyk Joins Lumora Board");

        Assert.Null(x.Entity("Maria Kowalczyk"));
        Assert.Null(x.Entity("Lumora"));
    }

    [Fact]
    public void Extract_ShortSentenceInTitleCase_TakesTheRecognizedPersonWhole()
    {
        var x = Extract.From("The chamber applauded. Thanks to Maria Kowalczyk. Then the vote began.");

        Assert.Equal(EntityType.Person, x.Entity("Maria Kowalczyk")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Kowalczyk");
    }

    [Fact]
    public void Extract_HeadingInTitleCaseWithAFullStop_TakesNoRecognizedBody()
    {
        var x = Extract.From("Reducing the Burden of Medical Debt on Rural Families. Families hold more medical debt than before.");

        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Burden", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SentenceWhoseOnlyLowerCaseWordsAreShort_IsNoTitleCaseLine()
    {
        // Every word of four letters or more is capitalized, but "met" is a verb no title leaves in lower case.
        var x = Extract.From("Sunrise Council met Harbor Council in Lyon on Monday.");

        Assert.Equal(EntityType.Organization, x.Entity("Sunrise Council")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Harbor Council")?.Type);
    }

    [Theory]
    [InlineData("The final was played at the Kestrel Arena before a full house.")]
    [InlineData("Visitors crowded the Harbour Art Gallery on Sunday.")]
    public void Extract_UnlistedPlaceEndingInACommonWord_IsNoCity(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.City);
    }

    [Theory]
    [InlineData("Senior OSCE officials met the delegation.", "Organization for Security and Co-operation in Europe")]
    [InlineData("Fellow NATO members met the delegation.", "North Atlantic Treaty Organization")]
    public void Extract_KnownNameAfterAnOrdinaryCapitalizedWord_IsStillFound(string text, string name)
    {
        var x = Extract.From(text);
        Assert.NotNull(x.Entity(name));
    }
}
