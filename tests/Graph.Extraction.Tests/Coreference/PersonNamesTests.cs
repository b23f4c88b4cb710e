using Graph.Extraction.Coreference;

namespace Graph.Extraction.Tests.Coreference;

public sealed class PersonNamesTests
{
    private static readonly PersonNames Names = new(["Andrés Manuel López Obrador", "Ursula von der Leyen", "Joe Biden", "Jill Biden", "Kim Jong Un"]);

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
}
