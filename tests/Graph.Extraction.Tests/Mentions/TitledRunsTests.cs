using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class TitledRunsTests
{
    [Fact]
    public void Extract_NameAfterAQualifiedTitle_IsAPerson()
    {
        var x = Extract.From("The delegation included Acting Senior Prime Minister Maria Osei and two advisers.");
        Assert.Equal(EntityType.Person, x.Entity("Maria Osei")?.Type);
    }

    [Fact]
    public void Extract_TitleWithoutAFullName_GivesNoPerson()
    {
        var x = Extract.From("The Deputy Secretary of State for Trade Affairs arrived on Monday.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Thank you, Madam Speaker, for the time.")]
    [InlineData("Thank you, Madam President.")]
    [InlineData("Mr. President, the vote is yours.")]
    public void Extract_TitleAddressedByAnother_GivesNoPerson(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Sec. 7. General Provisions. Nothing in this order shall apply.")]
    [InlineData("He was named Ambassador Extraordinary and Plenipotentiary to Chile.")]
    public void Extract_TitleBeforeACommonWord_GivesNoPerson(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_TitleBeforeALoneSurname_IsAPerson()
    {
        var x = Extract.From("Secretary Okafor met Minister Lindqvist in Tallinn.");
        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Lindqvist")?.Type);
    }

    [Fact]
    public void Extract_TwoTitledNamesJoinedByAnd_AreTwoPeople()
    {
        var x = Extract.From("The call included Harbour Council President Anna Varga and Fleet Secretary General Tomas Weir.");
        Assert.Equal(EntityType.Person, x.Entity("Anna Varga")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Tomas Weir")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Aliases.Any(a => a.Contains(" and ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_ProfessorBeforeASurname_IsTheFullNamedPerson()
    {
        var x = Extract.From("Emeritus Professor Anna Kowalczyk chaired the panel. Professor Kowalczyk said the vote would close in May.");

        Assert.Contains("Kowalczyk", x.Entity("Anna Kowalczyk")!.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Professor", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameAfterATitleAndItsPlaceOrBody_IsAPerson()
    {
        var x = Extract.From("Canadian Ambassador to Japan Maria Osei met the CEO of the Harbour Relief Council Tomas Berg on Monday.");

        Assert.Equal(EntityType.Person, x.Entity("Maria Osei")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Tomas Berg")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Harbour Relief Council")?.Type);
        Assert.Equal(EntityType.Country, x.Entity("Japan")?.Type);
    }

    [Fact]
    public void Extract_AmbassadorToACountry_HoldsNoPostThere()
    {
        var x = Extract.From("Canadian Ambassador to Japan Maria Osei met the press on Monday.");

        Assert.False(x.Has("Maria Osei", Predicate.HoldsPosition, "Japan"), x.Describe());
    }

    [Fact]
    public void Extract_TitledNameAfterAModifierWord_IsFoundWithWhatFollows()
    {
        var x = Extract.From("On Monday, Federalist Senator Petra Lindqvist of Vermont opposed the bill.");
        Assert.Equal(EntityType.Person, x.Entity("Petra Lindqvist")?.Type);
        Assert.Equal(EntityType.Region, x.Entity("Vermont")?.Type);
    }

    [Fact]
    public void Extract_MemberOfParliament_IsATitle()
    {
        var x = Extract.From("Greens MP Tomas Varga voted against the budget.");
        Assert.Equal(EntityType.Person, x.Entity("Tomas Varga")?.Type);
    }

    [Fact]
    public void Extract_TitleFollowedByAPlaceName_LeavesTheRecognizedNameWhole()
    {
        var x = Extract.From("Deputy Attorney General Rosa Jordan came to the hearing.");
        Assert.Equal(EntityType.Person, x.Entity("Rosa Jordan")?.Type);
        Assert.Null(x.Entity("Jordan"));
    }

    [Theory]
    [InlineData("Judge Ines Varga dismissed the case on Monday.")]
    [InlineData("Colonel Ines Varga led the battalion.")]
    [InlineData("Sergeant Major Ines Varga retired.")]
    [InlineData("Archbishop Ines Varga led the service.")]
    [InlineData("The Reverend Ines Varga led the service.")]
    public void Extract_RankOrStyleBeforeAName_IsNoPartOfIt(string text)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity("Ines Varga")?.Type);
    }

    [Fact]
    public void Extract_AgencyAdministrator_HoldsThePositionThere()
    {
        var x = Extract.From("NASA Administrator Ines Varga visited the launch site.");
        Assert.True(x.Has("Ines Varga", Graph.Model.Predicate.HoldsPosition, "National Aeronautics and Space Administration"), x.Describe());
    }

    [Theory]
    [InlineData("The United States will help its NATO Ally Peru.", "Peru")]
    [InlineData("Deputy Attorney General Lisa Monaco arrived.", "Lisa Monaco")]
    public void Extract_PlaceInsideACapitalizedRun_IsReadUnlessANameHoldsIt(string text, string name)
    {
        var x = Extract.From(text);
        Assert.NotNull(x.Entity(name));
    }

    [Fact]
    public void Extract_BodyNamedBeforeATitle_HoldsThePosition()
    {
        var x = Extract.From("Officials met Danish Maritime Planning Secretariat Secretary General Ida Lund and Coastal Audit Office Director Pavel Hrabe.");
        Assert.Equal(EntityType.Person, x.Entity("Ida Lund")?.Type);
        Assert.True(x.Has("Ida Lund", Predicate.HoldsPosition, "Maritime Planning Secretariat"), x.Describe());
        Assert.True(x.Has("Pavel Hrabe", Predicate.HoldsPosition, "Coastal Audit Office"), x.Describe());
    }

    [Fact]
    public void Extract_BodyBeforeATitle_KeepsARegionsAdjectiveButNotAQualifier()
    {
        var x = Extract.From("The letter was signed by European Audit Council President Ida Lund and Former Harbour Board Chair Pavel Hrabe.");
        Assert.True(x.Has("Ida Lund", Predicate.HoldsPosition, "European Audit Council"), x.Describe());
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Former", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OfficeInTheSeatOfGovernment_IsHeldInTheCountry()
    {
        var x = Extract.From("Former White House Press Secretary Ida Lund spoke on Monday.");
        Assert.True(x.Has("Ida Lund", Predicate.HoldsPosition, "United States"), x.Describe());
    }

    [Fact]
    public void Extract_OfficeInThePlural_HeadsAListAndIsNoName()
    {
        var x = Extract.From("We thank Senators Okonkwo, Lindqvist and Marchetti for their work.");
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Senators", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FirstLady_IsAStyleNotAName()
    {
        var x = Extract.From("First Lady Ida Lund visited the school in Lima on Tuesday.");
        Assert.Equal(EntityType.Person, x.Entity("Ida Lund")?.Type);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition);
    }

    [Fact]
    public void Extract_TitleWithItsAcronymBeforeTheName_IsAPersonOfTheCountryNamedFirst()
    {
        var x = Extract.From("On Monday, Chilean Principal Deputy National Security Advisor (PDNSA) Ida Lund traveled to Lima.");
        Assert.Equal(EntityType.Person, x.Entity("Ida Lund")?.Type);
        Assert.True(x.Has("Ida Lund", Predicate.HoldsPosition, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_AcronymATitleDefines_TitlesTheNameLater()
    {
        var x = Extract.From("Chilean Principal Deputy National Security Advisor (PDNSA) Ida Lund arrived on Monday. PDNSA Lund met students in Lima.");
        Assert.Equal(EntityType.Person, x.Entity("Ida Lund")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name == "PDNSA");
        Assert.Contains("PDNSA Lund", x.Entity("Ida Lund")!.Aliases);
    }

    [Theory]
    [InlineData("Deputy Secretary of State for Management and Resources Ines Lind spoke in Lima.", "Ines Lind")]
    [InlineData("The talks included Secretary of the Navy Ines Lind and two admirals.", "Ines Lind")]
    [InlineData("The talks included Deputy Director of the Office of Coastal Fisheries Ines Lind.", "Ines Lind")]
    [InlineData("Maritime Security Advisor Dr. Ines Lind spoke in Lima.", "Ines Lind")]
    public void Extract_NameClosingATitleWithItsField_IsATitledPerson(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity(name)?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name != name);
    }

    [Fact]
    public void Extract_OfficeAfterHonorific_StaysTheTitle()
    {
        // The dictionary of officeholders knows Faustin Archange Touadera in the Central African Republic's government.
        var x = Extract.From(
            "President Touadera and Maritime Security Advisor Dr. Ines Lind spoke in Lima.",
            "Readout of President Faustin Archange Touadera’s Meeting in Lima",
            new DateOnly(2012, 5, 1));
        Assert.True(x.Has("Ines Lind", Predicate.HoldsPosition, "Central African Republic"), x.Describe());
    }

    [Fact]
    public void Extract_DeputyOfABodyNamedByItsOffice_HoldsAPostThere()
    {
        var x = Extract.From("They met Deputy Director of the Refugee Council Ines Lind in Lima.");
        Assert.True(x.Has("Ines Lind", Predicate.HoldsPosition, "Refugee Council"), x.Describe());
    }

    [Theory]
    [InlineData("She served as Acting Chief Performance Officer at the Office of Management and Budget.")]
    [InlineData("He was Vice President for Technology Risk Management at a bank in Ohio.")]
    public void Extract_WordsGoingOnIntoATitle_AreNoPerson(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("“Pres Okafor delivered a strong address,” he said.")]
    [InlineData("POTUS Okafor spoke with Prime Minister Ana Lind on Monday.")]
    public void Extract_ShortFormsOfPresident_AreTheTitle(string text)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("P", StringComparison.Ordinal) && e.Name.EndsWith("Okafor", StringComparison.Ordinal));
    }
}
