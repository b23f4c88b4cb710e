using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class OrganizationHeadWordsTests
{
    [Fact]
    public void Extract_MediaAndBodyNames_AreOrganizationsNotPeople()
    {
        var x = Extract.From("The Harbour Valley Tribune reported the arrests.\nOfficers of the Northern Border Force detained two men.\nThey were treated at Lakeside Medical Center.");
        Assert.Equal(EntityType.Organization, x.Entity("Harbour Valley Tribune")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Northern Border Force")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Lakeside Medical Center")?.Type);
    }

    [Theory]
    [InlineData("Drones struck Harbour Air Base on Monday.", "Harbour Air Base", EntityType.Organization)]
    [InlineData("Flights left Harbour International Airport on Monday.", "Harbour International Airport", EntityType.Organization)]
    [InlineData("The Harbour Valley Tribe welcomed the grant.", "Harbour Valley Tribe", EntityType.Group)]
    public void Extract_FacilityOrTribeHeadWord_TypesTheName(string text, string name, EntityType type)
    {
        var x = Extract.From(text);
        Assert.Equal(type, x.Entity(name)?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Harbour Motor Group’s plant opened on Monday.", "Harbour Motor Group")]
    [InlineData("The Harbour Institution published the study.", "Harbour Institution")]
    public void Extract_CompanyOrInstitutionHeadWord_IsABody(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Theory]
    [InlineData("She studied at Lagos University and Akoka Law School before she joined the bank.", "Lagos University")]
    [InlineData("She studied at the University of Lagos and Akoka Law School before she joined the bank.", "University of Lagos")]
    public void Extract_TwoBodiesJoinedByAnd_AreTwoOrganizations(string text, string first)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Organization, x.Entity(first)?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Akoka Law School")?.Type);
    }

    [Theory]
    [InlineData("Officials of the Department of Health and Human Services met on Monday.", "Department of Health and Human Services")]
    [InlineData("The Council of the Harbour Food and Agriculture Organization met on Monday.", "Council of the Harbour Food and Agriculture Organization")]
    public void Extract_AndBetweenCommonWordsOfOneName_StaysInIt(string text, string name)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_AndAfterAHeadsComplement_StaysInOneName()
    {
        var x = Extract.From("Grants from the Institute of Museum and Library Services rose this year.");

        Assert.Equal(EntityType.Organization, x.Entity("Institute of Museum and Library Services")?.Type);
    }

    [Fact]
    public void Extract_EndowmentAfterAName_IsAnOrganization()
    {
        var x = Extract.From("Ada Okafor, a fellow at the Harlow Endowment, said the plan would work.");

        Assert.Equal(EntityType.Organization, x.Entity("Harlow Endowment")?.Type);
    }

    [Fact]
    public void Extract_BodyRightBeforeAPersonsName_EndsWhereTheTitleOrTheGivenNameBegins()
    {
        var x = Extract.From("Joining the call were Department of Housing and Urban Development Richard Tomlin and Office of Budget Planning Administrator Mary Okafor.");

        Assert.Equal(EntityType.Person, x.Entity("Richard Tomlin")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Mary Okafor")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Office of Budget Planning")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Organization && e.Name.EndsWith("Tomlin", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BodyBeforeAndAndANameTheModelReadsAsAPerson_EndsBeforeTheAnd()
    {
        var x = Extract.From("Adaeze received a Bachelor of Science degree in Chemical Engineering from the University of Calabar and MBA/MS Engineering in Quality and Manufacturing Management from Harlow State University.");

        Assert.Equal(EntityType.Organization, x.Entity("University of Calabar")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.EndsWith(" and", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Brett Okafor is President of Harlow Airlines and leads its teams.", "Harlow Airlines")]
    [InlineData("He is Director of Harlow Energy Institute.", "Harlow Energy Institute")]
    public void Extract_OfficeOfABody_NamesTheBodyWithoutTheOffice(string text, string body)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Organization, x.Entity(body)?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("President", StringComparison.Ordinal) || e.Name.StartsWith("Director", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A small band stood against the Mexican Army at the mission.", "Mexican Army", EntityType.Organization)]
    [InlineData("The Ukrainian Armed Forces advanced near the river.", "Ukrainian Armed Forces", EntityType.Organization)]
    [InlineData("The Chilean National Security Forces were deployed on Monday.", "Chilean National Security Forces", EntityType.Organization)]
    [InlineData("The Rapid Support Forces attacked civilians.", "Rapid Support Forces", EntityType.Group)]
    public void Extract_ForcesNamedByTheirCountry_AreThatStatesOrganization(string text, string name, EntityType type)
    {
        var x = Extract.From(text);
        Assert.Equal(type, x.Entity(name)?.Type);
    }
}
