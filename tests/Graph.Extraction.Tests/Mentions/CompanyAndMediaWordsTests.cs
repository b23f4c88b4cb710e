using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class CompanyAndMediaWordsTests
{
    [Fact]
    public void Extract_NameEndingInACompanyOrMediaWord_IsAnOrganization()
    {
        var x = Extract.From("Engineers at Orbital Reach Space said the launch slipped, and the Harbour Valley Weekly reported that Northwind Labs and the Clean Rivers Project agreed.");

        Assert.Equal(EntityType.Organization, x.Entity("Orbital Reach Space")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Harbour Valley Weekly")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Northwind Labs")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Clean Rivers Project")?.Type);
    }

    [Theory]
    [InlineData("Fenwick, a Lagos-based maker of solar panels, announced a new plant.", "Fenwick")]
    [InlineData("Ardmore, the Ohio company, said it would expand.", "Ardmore")]
    public void Extract_NameDescribedAsABusiness_IsAnOrganization(string text, string name)
    {
        var x = Extract.From(text);
        Assert.NotEqual(EntityType.Person, x.Entity(name)?.Type);
    }

    [Theory]
    [InlineData("Prior to her appointment, she was an attorney at the law firm of Morgan Reyes Castillo in Denver from 2011 to 2018.", "Morgan Reyes Castillo")]
    [InlineData("The deal covers Marwick Bros Co and two other grocers.", "Marwick Bros Co")]
    [InlineData("Westfield Public Schools is expanding its tutoring programme.", "Westfield Public Schools")]
    [InlineData("She met the Indigenous Trade Delegation on Monday.", "Indigenous Trade Delegation")]
    public void Extract_NameOfAFirmOrBody_IsNoPerson(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_NameEndingInACompanysWord_IsNoPerson()
    {
        var x = Extract.From("The fund is managed by Marwick Capital and Northfield Health, which invested $50 million.");
        Assert.Equal(EntityType.Organization, x.Entity("Marwick Capital")?.Type);
    }

    [Theory]
    [InlineData("Bechtel and Turner Construction joined Kiewit and other construction companies in signing on.", "Kiewit")]
    [InlineData("Bechtel and Turner Construction joined Kiewit and other construction companies in signing on.", "Turner Construction")]
    [InlineData("The project is led by Hallam Construction.", "Hallam Construction")]
    public void Extract_NameListedWithCompanies_IsAnOrganization(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_CompanyWordAfterAnOrdinaryWord_NamesNoCompany()
    {
        var x = Extract.From("LaWanda Toney is the Director of Strategic Communications at the National Parent Teacher Association.");
        Assert.Null(x.Entity("Strategic Communications"));
    }

    [Fact]
    public void Extract_NameJoinedByAnAmpersandToAnUntitledName_IsAFirm()
    {
        var x = Extract.From("From 2006-2008 Mr. Garcia was an associate at Freedman Boyd Daniels Hollander Goldberg & Ives in Albuquerque, New Mexico.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Goldberg", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GuestsJoinedByAnAmpersand_AreTwoPeople()
    {
        var x = Extract.From("Mr. Brent Booker & Dr. Katherine Booker  Mr. Neil Bluhm & Ms. Leslie Bluhm");
        Assert.Equal(EntityType.Person, x.Entity("Brent Booker")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Neil Bluhm")?.Type);
    }

    [Theory]
    [InlineData("Before that, she worked at Morgan Lewis for five years.", "Morgan Lewis")]
    [InlineData("He was counsel at Davis Polk.", "Davis Polk")]
    public void Extract_NameSomeoneWorksAt_IsAWorkplace(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_CollegeNamedAfterAPersonAndAState_IsNoPerson()
    {
        var x = Extract.From("Patricia Sims has been the President of Drake State Community and Technical College since 2016. Students at Drake State praised her.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name == "Drake State");
    }
}
