using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Tests.Coreference;

public class ArticleCountryTests
{
    private const string Body =
        "Interior Minister Tomas Varga said the new rules would take effect in March. Critics in Norway and Sweden said the plan was rushed.";

    [Fact]
    public void Extract_BareMinisterialTitle_ServesTheCountryTheHeadlineNames()
    {
        ArticleExtraction x = Extract.From(Body, "Finland to tighten asylum rules");

        Assert.True(x.Has("Tomas Varga", Predicate.HoldsPosition, "Finland"), x.Describe());
    }

    [Fact]
    public void Extract_HeadlineNamingAnOfficialOfTheCountry_GivesNoCountry()
    {
        // The news is a meeting with that country's official; whose the others are, the headline does not say.
        ArticleExtraction x = Extract.From(Body, "Talks with Prime Minister Lena Korhonen of Finland");

        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition && f.Subject == x.Entity("Tomas Varga")?.Id);
    }

    [Fact]
    public void Extract_HeadOfGovernmentWithTheBareTitle_IsLeftAlone()
    {
        // A head of state or government is called "President X" whatever the country.
        ArticleExtraction x = Extract.From("President Aldo Ferrante praised the plan on Tuesday.", "Finland to tighten asylum rules");

        Assert.False(x.Has("Aldo Ferrante", Predicate.HoldsPosition, "Finland"), x.Describe());
    }
}
