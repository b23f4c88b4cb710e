using Graph.Extraction.Coreference;
using Graph.Extraction.Resources;

namespace Graph.Extraction.Tests.Coreference;

public sealed class PersonNamesTests
{
    private static readonly PersonNames Names = new(new[] { "Andrés Manuel López Obrador", "Ursula von der Leyen", "Joe Biden", "Jill Biden", "Kim Jong Un" }
        .Select(n => (n, (string?)null, (TitleKind?)null, false)));

    [Theory]
    [InlineData("López Obrador", "Andrés Manuel López Obrador")]
    [InlineData("von der Leyen", "Ursula von der Leyen")]
    [InlineData("Obrador", "Andrés Manuel López Obrador")]
    [InlineData("Kim", "Kim Jong Un")]
    public void Canonical_ShortNameOfOneFullName_IsThatName(string name, string full) => Assert.Equal(full, Names.Canonical(name));

    [Theory]
    [InlineData("Jill Biden")]
    [InlineData("Hunter Biden")]
    [InlineData("Manuel Obrador")]
    public void Canonical_AnotherFullName_StaysItself(string name) => Assert.Equal(name, Names.Canonical(name));

    [Fact]
    public void Canonical_SurnameCalledByAnotherOffice_IsNotTheFullName()
    {
        var names = new PersonNames([("Ada Okafor", "First Lady", TitleKind.Honorific, false), ("Tomas Berg", "Secretary of State", TitleKind.Office, false)]);
        Assert.Equal("Okafor", names.Canonical("Okafor", "President", TitleKind.Office));
        Assert.Equal("Ada Okafor", names.Canonical("Okafor", "Dr", TitleKind.Honorific));
        Assert.Equal("Ada Okafor", names.Canonical("Okafor"));
        Assert.Equal("Tomas Berg", names.Canonical("Berg", "Secretary", TitleKind.Office));
    }

    [Fact]
    public void Canonical_SurnameCalledByAnOffice_IsNotARelativeWithoutOne()
    {
        // "PRESIDENT OKAFOR: ... my son Tomas Okafor served ...": the President is not the son.
        var names = new PersonNames([("Tomas Okafor", null, null, true), ("Lena Berg", null, null, true), ("Lena Berg", "Minister", TitleKind.Office, false)]);
        Assert.Equal("Okafor", names.Canonical("Okafor", "President", TitleKind.Office));
        Assert.Equal("Tomas Okafor", names.Canonical("Okafor"));
        Assert.Equal("Tomas Okafor", names.Canonical("Okafor", "Mr", TitleKind.Honorific));
        Assert.Equal("Lena Berg", names.Canonical("Berg", "Minister", TitleKind.Office));
    }

    [Fact]
    public void Canonical_NameWithoutItsMiddleName_IsTheFullName()
    {
        var names = new PersonNames(new[] { "Ines K. Varga", "Tomas Aurel Berg", "Tomas Berg", "Lena Berg", "Lena Maria Berg", "Lena Sofia Berg" }
            .Select(n => (n, (string?)null, (TitleKind?)null, false)));

        Assert.Equal("Ines K. Varga", names.Canonical("Ines Varga"));
        Assert.Equal("Tomas Aurel Berg", names.Canonical("Tomas Berg"));
        Assert.Equal("Tomas Aurel Berg", names.Canonical("Tomas"));
        Assert.Equal("Lena Berg", names.Canonical("Lena Berg"));
        Assert.Equal("Ines K. Varga", names.Canonical("Varga"));
    }

    [Fact]
    public void Canonical_FirstPartOfADoubleSurname_IsTheFullName()
    {
        var names = new PersonNames(new[] { ("Ana Lind-Berger", (string?)null, (TitleKind?)null, false) });
        Assert.Equal("Ana Lind-Berger", names.Canonical("Lind"));
        Assert.Equal("Berger", names.Canonical("Berger"));
    }

    [Fact]
    public void Canonical_SurnameInCapitals_IsTheFullName()
    {
        // A transcript's speaker label: "MS. LIND-BERGER:".
        var names = new PersonNames(new[] { ("Ana Lind-Berger", (string?)null, (TitleKind?)null, false) });
        Assert.Equal("Ana Lind-Berger", names.Canonical("LIND-BERGER"));
        Assert.Equal("lind-berger", names.Canonical("lind-berger"));
    }

    [Theory]
    [InlineData("Karim Al-Nouri")]
    [InlineData("Karim al-Nouri")]
    [InlineData("Karim El-Nouri")]
    public void Canonical_SurnameWithoutItsArabicArticle_IsTheFullName(string full)
    {
        var names = new PersonNames(new[] { (full, (string?)null, (TitleKind?)null, false) });
        Assert.Equal(full, names.Canonical("Nouri"));
        Assert.Equal(full, names.Canonical("Nouri", "Prime Minister", TitleKind.Office));
    }
}
