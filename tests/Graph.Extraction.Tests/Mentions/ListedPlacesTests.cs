using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class ListedPlacesTests
{
    [Theory]
    [InlineData("Aid convoys arrived in Bahawalpur after the floods receded.", "Bahawalpur")]
    [InlineData("The delegation flew to Aqaba on Tuesday for a second round.", "Aqaba")]
    [InlineData("Shelling was reported near Zaporizhia overnight, officials said.", "Zaporizhia")]
    public void Extract_ListedCityAfterPlacePreposition_IsACityOfItsCountry(string text, string city)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.City, x.Entity(city)?.Type);
        Assert.NotNull(ExtractionResources.Default.Gazetteer.CountryOfCity(city));
    }

    [Fact]
    public void Extract_ListedCityByItsPlainSpelling_IsNamedAsTheList()
    {
        var x = Extract.From("Thousands marched in Ludhiana against the new farm rules.");

        Assert.Equal(EntityType.City, x.Entity("Ludhiāna")?.Type);
    }

    [Fact]
    public void Extract_ListedCityBeforeItsCountry_IsLocatedInIt()
    {
        var x = Extract.From("Mykolayiv, Ukraine, lost power for a week.");

        Assert.Equal(EntityType.City, x.Entity("Mykolayiv")?.Type);
        Assert.True(x.Has("Mykolayiv", Predicate.LocatedIn, "Ukraine"), x.Describe());
    }

    [Fact]
    public void Extract_ListedSubdivisionAfterPlacePreposition_IsARegion()
    {
        var x = Extract.From("Heavy fighting spread to Helmand and the roads were closed.");

        Assert.Equal(EntityType.Region, x.Entity("Helmand")?.Type);
    }

    [Fact]
    public void Extract_CityNamedPersonAfterTitle_StaysAPerson()
    {
        var x = Extract.From("Secretary Austin said the talks in Brussels were useful.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.City && e.Name == "Austin");
        Assert.Equal(EntityType.Person, x.Entities.FirstOrDefault(e => e.Name.Contains("Austin", StringComparison.Ordinal))?.Type);
    }

    [Fact]
    public void Extract_CommonWordCityName_IsNotTaken()
    {
        var x = Extract.From("Mobile phones were handed out to people in need.");

        Assert.DoesNotContain(x.Entities, e => e.Name == "Mobile");
    }

    [Fact]
    public void Extract_ListedCityInsideLongerName_IsNotTaken()
    {
        var x = Extract.From("She studied in Aqaba Marine Park for a year.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.City && e.Name == "Aqaba");
    }

    [Fact]
    public void Extract_NameItsStateFollows_IsAPlaceThroughoutTheArticle()
    {
        var x = Extract.From("I grew up in Scranton, Pennsylvania. Scranton taught me everything. I was born in Wilmington, Delaware.");

        Assert.Equal(EntityType.City, x.Entity("Scranton")?.Type);
        Assert.Equal(EntityType.City, x.Entity("Wilmington")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }
}
