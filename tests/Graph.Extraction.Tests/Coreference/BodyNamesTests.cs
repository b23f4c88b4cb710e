using Graph.Extraction.Coreference;

namespace Graph.Extraction.Tests.Coreference;

public sealed class BodyNamesTests
{
    [Theory]
    [InlineData("Department of Justice", "Justice Department")]
    [InlineData("Department of the Treasury", "Treasury Department")]
    [InlineData("Department of Homeland Security", "Homeland Security Department")]
    [InlineData("Ministry of Defence", "Defence Ministry")]
    [InlineData("Department of Health and Human Services", "Department of Health and Human Services")]
    [InlineData("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Japan")]
    [InlineData("Department of", "Department of")]
    [InlineData("Justice Department", "Justice Department")]
    public void Canonical_GivesTheShortFormWhereThereIsOne(string name, string expected)
    {
        Assert.Equal(expected, BodyNames.Canonical(name));
    }

    [Fact]
    public void Extract_BothFormsOfABodysName_AreOneEntity()
    {
        var x = Extract.From("The Department of Justice opened an inquiry on Monday. The Justice Department later criticized Acme Corporation.");
        Assert.Single(x.Entities, e => e.Name == "Justice Department");
        Assert.Contains("Department of Justice", x.Entity("Justice Department")!.Aliases);
    }
}
