using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Tests.Coreference;

public sealed class PlaceReadingsTests
{
    [Fact]
    public void Extract_SharedNameAmongItsCountrysPlaces_TakesThatReading()
    {
        var x = Extract.From("Bushfires spread across Victoria and New South Wales, and Melbourne declared an emergency.");
        Assert.Equal(EntityType.Region, x.Entity("Victoria")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Victoria" && e.Type == EntityType.City);
    }

    [Fact]
    public void Extract_SharedNameWithNothingToTellItsReading_KeepsTheDefault()
    {
        var x = Extract.From("The Seychelles president met Kenya's envoy in Victoria.");
        Assert.Equal(EntityType.City, x.Entity("Victoria")?.Type);
    }

    [Fact]
    public void Extract_SharedCountryName_TakesTheCountryTheArticleNamesOtherwise()
    {
        var x = Extract.From("Congo's army fought rebels on Monday; the Democratic Republic of the Congo accused Burundi.");
        Assert.Contains("Congo", x.Entity("Democratic Republic of the Congo")!.Aliases);
        Assert.Null(x.Entity("Republic of the Congo"));
    }

    [Theory]
    [InlineData("Region:Victoria", EntityType.Region, "Victoria")]
    [InlineData("Country:Republic of the Congo", EntityType.Country, "Republic of the Congo")]
    public void Parse_TypeAndName(string text, EntityType type, string name) =>
        Assert.Equal(new PlaceReading(type, name), PlaceReading.Parse(text));

    [Theory]
    [InlineData("Victoria")]
    [InlineData("Town:Victoria")]
    [InlineData("Region:")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => PlaceReading.Parse(text));
}
