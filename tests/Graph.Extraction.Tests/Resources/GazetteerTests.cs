using Graph.Extraction.Internal;
using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Resources;

public sealed class GazetteerTests
{
    private static string Data(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", file));

    [Fact]
    public void Countries_CoverEveryUnMemberWithDemonymAndCapital()
    {
        var rows = TsvReader.Rows(Data("countries.tsv")).ToList();
        Assert.True(rows.Count >= 193 + 2, $"only {rows.Count} countries");
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(TsvReader.Column(r, 3)), TsvReader.Column(r, 0) + " has no capital"));
    }

    [Theory]
    [InlineData("Nairobi", "Kenya", true)]
    [InlineData("Mombasa", "Kenya", false)]
    [InlineData("Kyiv", "Ukraine", true)]
    public void CountryOfCity_KnowsCapitalsAndCities(string city, string country, bool capital)
    {
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;
        Assert.Equal(country, gazetteer.CountryOfCity(city));
        Assert.Equal(capital, gazetteer.IsCapital(city));
    }

    [Fact]
    public void Extract_KoreaAlone_IsTheRepublicOfKorea()
    {
        var x = Extract.From("Workers are coming to Chile from Korea, from Japan, from all over the world.");
        Assert.Equal(EntityType.Country, x.Entity("South Korea")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Korea");
    }

    [Fact]
    public void EntriesStartingWith_FindsAcronymAndDemonym()
    {
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;
        Assert.Contains(gazetteer.EntriesStartingWith("opec"), e => e.Type == EntityType.Organization);
        Assert.Contains(gazetteer.EntriesStartingWith("kenyan"), e => e.Kind == GazetteerForm.Adjective && e.CanonicalName == "Kenya");
    }

    [Fact]
    public void Data_HasNoPeopleFile_AndTitlesNameNoHolder()
    {
        // People are found in the text; the data holds only places, bodies, groups and titles: no file of people,
        // and a title row is the title, its kind, its variants and its scope, never a column naming who holds it.
        Assert.DoesNotContain(TsvReader.Rows(Data("titles.tsv")), r => r.Length > 4 || (r.Length == 4 && r[3] is not ("" or "state" or "head" or "local")));
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", "people.tsv")));
    }
}
