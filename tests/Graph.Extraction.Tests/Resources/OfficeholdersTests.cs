using Graph.Extraction.Resources;

namespace Graph.Extraction.Tests.Resources;

public sealed class OfficeholdersTests
{
    private const string File = """
        # name	aliases (|)	country	sector	from	to	origin
        Kofi Awoonor	Kofi A. Awoonor	Republic of Ghana	GOV	1997-01-01	2006-12-31	x:1
        Kofi Awoonor	Kofi A. Awoonor	Togo	MIL	2007-01-01		x:1
        Ama Mensah		Ghana	GOV	2001-01-01		x:2
        Yaw Mensah		Ghana	LEG	2003-01-01	2004-12-31	x:3
        Efua Sutherland		Atlantis	GOV			x:4
        """;

    private static readonly Officeholders People = Officeholders.Load(File, name => name switch
    {
        "Ghana" or "Republic of Ghana" => "Ghana",
        "Togo" => "Togo",
        _ => null,
    });

    [Theory]
    [InlineData("Kofi Awoonor", "2000-05-01", "Ghana")]
    [InlineData("Kofi A. Awoonor", "2010-05-01", "Togo")]
    [InlineData("Kofi Awoonor", "1990-05-01", null)]
    [InlineData("Ama Mensah", "2002-01-01", "Ghana")]
    [InlineData("Efua Sutherland", "2002-01-01", null)]
    public void CountryOf_TheOfficeHeldOnTheDate(string name, string date, string? country) =>
        Assert.Equal(country, People.CountryOf(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void CountryOf_WithoutADate_OnlyAnOfficeStillOpen()
    {
        Assert.Equal("Togo", People.CountryOf("Kofi Awoonor", null));
        Assert.Null(People.CountryOf("Yaw Mensah", null));
    }

    [Fact]
    public void CountryOf_ASurname_AnswersOnlyForOnePersonInOffice()
    {
        // Two Mensahs held office in 2003; in 2006 only one did.
        Assert.Null(People.CountryOf("Mensah", new DateOnly(2003, 6, 1)));
        Assert.Equal("Ghana", People.CountryOf("Mensah", new DateOnly(2006, 6, 1)));
        Assert.Null(People.CountryOf("Osei", new DateOnly(2006, 6, 1)));
    }

    [Theory]
    [InlineData("Amanda K. Mensah, Jr.", "Ghana")]
    [InlineData("Amanda Mensah", "Ghana")]
    [InlineData("Abena Mensah", null)]
    [InlineData("Am Mensah", null)]
    public void CountryOf_AFullNameTheDictionaryLacks_ByItsSurnameAndTheSameOrAShortenedGivenName(string name, string? country) =>
        Assert.Equal(country, People.CountryOf(name, new DateOnly(2006, 6, 1)));
}
