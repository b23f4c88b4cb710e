using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class ActorNameCaseTests
{
    // "nato" written in capitals, "the" and "bank" as ordinary words, "aden" as a name: what a treebank tells.
    private static readonly WordUsage Usage = WordUsage.FromConllu(string.Join('\n',
        "1\tNATO\tNATO\tPROPN", "2\tNATO\tNATO\tPROPN", "3\tthe\tthe\tDET", "4\tthe\tthe\tDET",
        "5\tbank\tbank\tNOUN", "6\tbank\tbank\tNOUN", "7\tAden\tAden\tPROPN"));

    private static readonly ActorNameCase Caser = new(Usage);

    [Theory]
    [InlineData("NORTH_ATLANTIC_TREATY_ORGANIZATION_", "North Atlantic Treaty Organization")]
    [InlineData("COUNCIL_OF_EUROPE_", "Council of Europe")]
    [InlineData("ORGANIZATION_FOR_SECURITY_AND_CO-OPERATION_IN_EUROPE", "Organization for Security and Co-Operation in Europe")]
    [InlineData("THE_WORLD_BANK_", "World Bank")]
    [InlineData("NATO_", "NATO")]
    [InlineData("IAEA_", "IAEA")]
    [InlineData("U.N._", "U.N.")]
    [InlineData("AL-QAEDA_IN_THE_ARABIAN_PENINSULA", "al-Qaeda in the Arabian Peninsula")]
    [InlineData("ISLAMIC_ARMY_OF_ADEN", "Islamic Army of Aden")]
    [InlineData("23RD_OF_SEPTEMBER_LEAGUE", "23rd of September League")]
    [InlineData("NATO_MILITARY_COMMAND", "NATO Military Command")]
    [InlineData("KURDISTAN_PKK_FRONT", "Kurdistan PKK Front")]
    public void Write_GivesTheNameAsTextWritesIt(string phrase, string expected) => Assert.Equal(expected, Caser.Write(phrase, out _));

    [Fact]
    public void Write_TakesTheCaseTextWritesEachWordIn()
    {
        var caser = new ActorNameCase(WordUsage.From(string.Empty, ["ASEAN met PepsiCo and PerkinElmer. ASEAN and PepsiCo, PerkinElmer."]));

        Assert.Equal("ASEAN Defense Council", caser.Write("ASEAN_DEFENSE_COUNCIL_", out _));
        Assert.Equal("PepsiCo", caser.Write("PEPSICO_", out _));
        Assert.Equal("PerkinElmer Holdings", caser.Write("PERKINELMER_HOLDINGS_", out _));
        Assert.Equal("AT&T", caser.Write("AT&T_", out _));
    }

    [Fact]
    public void Write_OneUnknownWordNamingAnIntergovernmentalBody_IsAnAcronym()
    {
        var caser = new ActorNameCase(WordUsage.From(string.Empty, ["Mercosur met. Mercosur again."]));

        Assert.Equal("BIMSTEC", caser.Write("BIMSTEC_", intergovernmental: true, out _));
        Assert.Equal("Bimstec", caser.Write("BIMSTEC_", intergovernmental: false, out _));
        Assert.Equal("Mercosur", caser.Write("MERCOSUR_", intergovernmental: true, out _));
    }

    [Fact]
    public void Write_ParenthesizedAcronym_ComesApartFromTheName()
    {
        Assert.Equal("Animal Liberation Front", Caser.Write("ANIMAL_LIBERATION_FRONT_(ALF)_", out string? acronym));
        Assert.Equal("ALF", acronym);
    }

    [Fact]
    public void Write_ParenthesizedGloss_IsLeftOut()
    {
        Assert.Equal("African National Congress", Caser.Write("AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_", out string? acronym));
        Assert.Null(acronym);
    }
}
