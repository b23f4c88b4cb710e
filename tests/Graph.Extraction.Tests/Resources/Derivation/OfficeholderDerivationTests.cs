using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class OfficeholderDerivationTests
{
    private const string Countries = """
        GHANA_ [GHA]
        +REPUBLIC_OF_GHANA_
        BENIN_ [BEN]
        KOFI_AWOONOR_
        +PRESIDENT_AWOONOR_
        +MR._KOFI_AWOONOR_
        +KOFI_A._AWOONOR_
        	[GHAGOV 970101-061231]
        	[GHAELI]
        	[BENMIL >070101]
        AMA_MENSAH_
        	[GHAELI]
        GHANA_ELECTORAL_COMMISSION_
        	[GHAGOV]
        """;

    [Fact]
    public void Run_KeepsStateOfficesWithTheirDatesAndFullNames()
    {
        IReadOnlyList<DerivedOfficeholder> rows = OfficeholderDerivation.Run(Countries, WordUsage.Empty);

        // An elite code is no office, a body's record no person; titles and courtesies are no names.
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("Kofi Awoonor", r.Name));
        Assert.All(rows, r => Assert.Equal(["Kofi A. Awoonor"], r.Aliases));
        Assert.Equal(("Ghana", "GOV", new DateOnly(1997, 1, 1), (DateOnly?)new DateOnly(2006, 12, 31)), (rows[0].Country, rows[0].Sector, rows[0].From, rows[0].To));
        Assert.Equal(("Benin", "MIL", new DateOnly(2007, 1, 1), (DateOnly?)null), (rows[1].Country, rows[1].Sector, rows[1].From, rows[1].To));
        Assert.Equal("Phoenix.Countries.actors.txt:4", rows[0].Origin);
    }

    [Fact]
    public void Run_NamesACountryByTheRecordThatGivesItsCodeForGood()
    {
        const string countries = """
            GOLD_COAST_COLONY
            	[GHA 19010101-19570305]
            REPUBLIC_OF_GHANA_ [GHA]
            KOFI_AWOONOR_
            	[GHAGOV]
            """;

        IReadOnlyList<DerivedOfficeholder> rows = OfficeholderDerivation.Run(countries, WordUsage.Empty);

        Assert.Equal("Republic of Ghana", Assert.Single(rows).Country);
    }

    [Fact]
    public void Write_IsTheSameBytesEachRun()
    {
        static string Write()
        {
            using var writer = new StringWriter();
            OfficeholderWriter.Write(writer, OfficeholderDerivation.Run(Countries, WordUsage.Empty));
            return writer.ToString();
        }

        string text = Write();
        Assert.Equal(text, Write());
        Assert.Contains("Kofi Awoonor\tKofi A. Awoonor\tBenin\tMIL\t2007-01-01\t\tPhoenix.Countries.actors.txt:4\n", text, StringComparison.Ordinal);
    }
}
