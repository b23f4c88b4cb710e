using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class PhoenixActorDictionaryTests
{
    private const string Dictionary = """
        # header comment
        NORTH_ATLANTIC_TREATY_ORGANIZATION_ [IGOWSTNAT] # a comment
        +NATO_
        +N.A.T.O._+_ATLANTIC_ALLIANCE_

        KOFI_ANNAN_	; CountryInfo.txt
        +K._ANNAN_
        	[IGOUNO 970101-061231]
        	[GHAELI >20070101]
        	[GHAGOV <650101]
        	[---]
        """;

    [Fact]
    public void Read_GivesPrimarySynonymsAndLine()
    {
        var actors = PhoenixActorDictionary.Read(Dictionary);

        Assert.Equal(2, actors.Count);
        Assert.Equal("NORTH_ATLANTIC_TREATY_ORGANIZATION_", actors[0].Primary);
        Assert.Equal(["NATO_", "N.A.T.O._", "_ATLANTIC_ALLIANCE_"], actors[0].Synonyms);
        Assert.Equal(2, actors[0].Line);
        Assert.Equal(new PhoenixRole("IGOWSTNAT", null, null), Assert.Single(actors[0].Roles));
        Assert.Equal("KOFI_ANNAN_", actors[1].Primary);
        Assert.Equal(["K._ANNAN_"], actors[1].Synonyms);
    }

    [Fact]
    public void Read_DateRestrictions_GiveRangesOpenEndsAndSkipNullCodes()
    {
        var roles = PhoenixActorDictionary.Read(Dictionary)[1].Roles;

        Assert.Equal(
            [
                new PhoenixRole("IGOUNO", new DateOnly(1997, 1, 1), new DateOnly(2006, 12, 31)),
                new PhoenixRole("GHAELI", new DateOnly(2007, 1, 1), null),
                new PhoenixRole("GHAGOV", null, new DateOnly(1965, 1, 1)),
            ],
            roles);
    }

    [Theory]
    [InlineData("20070101", 2007, 1, 1)]
    [InlineData("970101", 1997, 1, 1)]
    [InlineData("061231", 2006, 12, 31)]
    [InlineData("18970101", 1897, 1, 1)]
    public void ReadDate_ReadsBothYearForms(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PhoenixActorDictionary.ReadDate(text));

    [Theory]
    [InlineData("2004017")]
    [InlineData("20041341")]
    [InlineData("abc")]
    public void ReadDate_Malformed_IsNull(string text) => Assert.Null(PhoenixActorDictionary.ReadDate(text));
}
