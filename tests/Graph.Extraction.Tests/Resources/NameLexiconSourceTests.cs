using Graph.Extraction.Resources;
using Graph.Syntax;

namespace Graph.Extraction.Tests.Resources;

public class NameLexiconSourceTests
{
    // A small gazetteer: two officeholders, a country, a one-word group and three councils.
    private static readonly Gazetteer Small = ExtractionResources.Create(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gazetteer/countries"] = "Norland\t\tNorlandic\tPortvik\n",
        ["gazetteer/groups"] = "Redhand\t\t\n",
        ["gazetteer/organizations"] = "Harbor Council\t\nRiver Council\t\nValley Council\t\nPlain Board\t\n",
        ["gazetteer/officeholders.phoenix"] = "Odile Varga\t\tNorland\tGOV\t2001-01-01\t\ttest:1\nTomas Ek\tT. Ek\tNorland\tGOV\t2003-01-01\t\ttest:2\n",
    }).Gazetteer;

    [Fact]
    public void From_OfficeholdersNames_GiveGivenNamesAndSurnames()
    {
        var lexicon = NameLexiconSource.From(Small);

        Assert.Equal(NameWordClass.GivenName, lexicon.ClassOf("Odile"));
        Assert.Equal(NameWordClass.Surname, lexicon.ClassOf("Varga"));
        Assert.Equal(NameWordClass.Surname, lexicon.ClassOf("Ek"));
    }

    [Fact]
    public void From_OneWordNamesAndCommonLastWords_GivePlacesOrganizationsAndHeads()
    {
        var lexicon = NameLexiconSource.From(Small);

        Assert.Equal(NameWordClass.Place, lexicon.ClassOf("norland"));
        Assert.Equal(NameWordClass.Place, lexicon.ClassOf("Portvik"));
        Assert.Equal(NameWordClass.Organization, lexicon.ClassOf("Redhand"));
        Assert.Equal(NameWordClass.OrganizationHead, lexicon.ClassOf("Council"));
        Assert.Equal(NameWordClass.None, lexicon.ClassOf("Board"));
        Assert.Equal(NameWordClass.None, lexicon.ClassOf("Norlandic"));
    }

    [Fact]
    public void Names_PeopleAndPlaces_SubstituteInTraining()
    {
        var names = NameLexiconSource.Names(Small);

        Assert.Contains("Odile Varga", names[NameType.Person]);
        Assert.Contains("Norland", names[NameType.Location]);
        Assert.False(names.ContainsKey(NameType.Organization));
    }
}
