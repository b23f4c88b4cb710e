using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class MentionStageTests
{
    [Fact]
    public void Extract_GazetteerNames_GetTheirTypes()
    {
        var x = Extract.From("Officials from NATO, the African Union and Nigeria gathered in Mombasa to discuss the Sahel.");
        Assert.Equal(EntityType.Organization, x.Entity("North Atlantic Treaty Organization")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("African Union")?.Type);
        Assert.Equal(EntityType.Country, x.Entity("Nigeria")?.Type);
        Assert.Equal(EntityType.City, x.Entity("Mombasa")?.Type);
        Assert.Equal(EntityType.Region, x.Entity("Sahel")?.Type);
    }

    [Fact]
    public void Extract_AcronymAlias_NamesTheSameEntity()
    {
        var x = Extract.From("The IAEA inspected the site, and the U.K. welcomed the report.");
        Assert.Contains("IAEA", x.Entity("International Atomic Energy Agency")!.Aliases);
        Assert.Contains("U.K.", x.Entity("United Kingdom")!.Aliases);
    }

    [Theory]
    [InlineData("And as I\u2019ve said all along, the vote will stand.")]
    [InlineData("As I'm told, the vote will stand.")]
    public void Extract_PronounContractionBeforeAVerbOfSaying_IsNoName(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_GenerationalSuffix_IsNoPartOfTheNameNorANameAlone()
    {
        var x = Extract.From("President Tomas R. Weir, Jr. signed the order. Tomas R. Weir Jr. then met Anna Varga.");
        Assert.Contains("Tomas R. Weir Jr.", x.Entity("Tomas R. Weir")!.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Jr", StringComparison.Ordinal));
        Assert.True(x.Has("Tomas R. Weir", Predicate.Meet, "Anna Varga"), x.Describe());
    }

    [Fact]
    public void Extract_RegnalNumber_StaysInTheName()
    {
        var x = Extract.From("King Charles III met Anna Varga in London.");
        Assert.Equal(EntityType.Person, x.Entity("Charles III")?.Type);
    }

    [Theory]
    [InlineData("Lawmakers want to overturn the protections of Doe v. Bolton, and they did as he intended.")]
    [InlineData("In the case of Perez vs. Lindqvist, the court ruled for the state.")]
    [InlineData("The ruling in Perez versus Lindqvist stands.")]
    public void Extract_PartiesOfACourtCase_AreNoPeople(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_God_IsNoPerson()
    {
        var x = Extract.From("God bless America, and may God protect our troops.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_TitledPerson_IsFoundWithoutAnyNameList()
    {
        var x = Extract.From("Kenyan President William Ruto opened the summit.");
        Assert.Equal(EntityType.Person, x.Entity("William Ruto")?.Type);
    }

    [Fact]
    public void Extract_CapitalizedNameWithHeadWord_IsClassifiedByIt()
    {
        var x = Extract.From("Fighters of the Southern Liberation Front (SLF) clashed with the National Reconciliation Council.");
        Assert.Equal(EntityType.Group, x.Entity("Southern Liberation Front")?.Type);
        Assert.Contains("SLF", x.Entity("Southern Liberation Front")!.Aliases);
        Assert.Equal(EntityType.Organization, x.Entity("National Reconciliation Council")?.Type);
    }

    [Fact]
    public void Extract_DemonymBeforeArmedNoun_IsAGroup()
    {
        var x = Extract.From("Sudan said Chadian rebels crossed the border.");
        Assert.Equal(EntityType.Group, x.Entity("Chadian rebels")?.Type);
    }

    [Fact]
    public void Extract_AgreementNamedAfterAParty_IsAnEvent()
    {
        var x = Extract.From("Washington rejected the Venezuela oil agreement last week.");
        Assert.Equal(EntityType.Event, x.Entity("Venezuela oil agreement")?.Type);
    }

    [Fact]
    public void Extract_CapitalizedCompoundModifier_IsNoPartOfTheNameAfterIt()
    {
        var x = Extract.From("The talks aim at boosting Sunni-ruled Nigeria's clout in the region.");

        Assert.Equal(EntityType.Country, x.Entity("Nigeria")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_PartyThatSignsADeal_IsNoAgreementName()
    {
        var x = Extract.From("Nigeria signed a deal with Ghana.");

        Assert.Equal(EntityType.Country, x.Entity("Nigeria")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Event);
    }

    [Fact]
    public void Extract_CommonCapitalizedWords_AreNotPeople()
    {
        var x = Extract.From("The Executive Order creates a Task Force on Climate Security, officials said.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_AdjectiveAlone_AddsNoEntity()
    {
        var x = Extract.From("Peruvian exports rose sharply in the spring.");
        Assert.Null(x.Entity("Peru"));
    }

    [Theory]
    [InlineData("Officials said the storm had passed.")]
    [InlineData("Residents told reporters the storm had passed.")]
    public void Extract_OrdinaryWordBeforeAVerbOfSaying_IsNoSpeakerName(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_NameBeforeAVerbOfSaying_IsASpeaker()
    {
        var x = Extract.From("Okafor said the storm had passed.");
        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
    }

    [Fact]
    public void Extract_LegislaturesAgenciesAndNewsAgencies_AreOrganizations()
    {
        var x = Extract.From("The Knesset approved the bill, Congress debated it, the FBI opened an inquiry and Reuters reported it.");
        Assert.Equal(EntityType.Organization, x.Entity("Knesset")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("United States Congress")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Federal Bureau of Investigation")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Reuters")?.Type);
    }

    [Fact]
    public void Extract_NationalSecurityCouncil_IsNotTheUnSecurityCouncil()
    {
        var x = Extract.From("National Security Council spokesperson Tomas Berg said the talks went well.");
        Assert.NotNull(x.Entity("National Security Council"));
        Assert.Null(x.Entity("UN Security Council"));
    }

    [Fact]
    public void Extract_UntitledNameTheOfficeholdersKnow_IsAPerson()
    {
        var x = Extract.From("Nursultan Nazarbayev met Ashraf Ghani in Kabul on Monday.");
        Assert.Equal(EntityType.Person, x.Entity("Nursultan Nazarbayev")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Ashraf Ghani")?.Type);
    }

    [Fact]
    public void Extract_PersonNamedWithOf_EndsTheNameAtOf()
    {
        var x = Extract.From("A jury acquitted Dale Hutton and R.T. Kimble of Lonnie Barrow's murder. Kimble and Hutton left. Lonnie Barrow was 14.");
        Assert.Equal(EntityType.Person, x.Entity("R.T. Kimble")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Lonnie Barrow")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains(" of ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Governor Carla Reuters met the delegation in Lagos.", "Carla Reuters")]
    [InlineData("Let us remember a great Texan, Congresswoman Lena Jordan, who showed courage. We saw it from her, from Lena Jordan, and others.", "Lena Jordan")]
    public void Extract_SurnameThatIsAlsoABodysOrCountrysName_StaysInTheTitledName(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity(name)?.Type);
        Assert.Single(x.Entities, e => e.Name == name);
    }

    [Fact]
    public void Extract_CapitalizedPrepositionInAHeading_EndsTheName()
    {
        var x = Extract.From("Press Secretary Ada Okafor answered questions.", headline: "Press Gaggle by Press Secretary Ada Okafor Aboard Air Force One en route Dayton, Ohio");
        Assert.Equal(EntityType.Person, x.Entity("Ada Okafor")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Aboard", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Grants go to Native Alaskan-serving colleges and to Hmong-owned firms.", "serving")]
    [InlineData("Training at Department of Energy-funded centers expands.", "funded")]
    public void Extract_NameJoinedToAParticiple_IsAModifierNotAName(string text, string participle)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains(participle, StringComparison.Ordinal) || e.Name.EndsWith(" of", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RomanizedGivenName_KeepsItsSecondSyllable()
    {
        var x = Extract.From("Director Kim Chun-ying met Minister Park Jae-hing in Seoul.");
        Assert.Equal(EntityType.Person, x.Entity("Kim Chun-ying")?.Type);
    }

    [Fact]
    public void Extract_AndBeforeATitleOrABodysHeadWordAndOf_StartsAnotherName()
    {
        var x = Extract.From("Ines Varga is a Fellow at the Harbour Institutes for Research and Research Professor at Lagos Polytechnic. She studied at the Kano Institute and University of Ibadan.");
        Assert.Equal(EntityType.Organization, x.Entity("Harbour Institutes for Research")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("University of Ibadan")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShopsClinicsAndHubs_AreOrganizationsAndTheirOwnersNoPeople()
    {
        var x = Extract.From("The list includes Big-Q Pharmacy, Halvorsen's Pharmacy and the Lagos Semiconductor Tech Hub.");
        Assert.Equal(EntityType.Organization, x.Entity("Big-Q Pharmacy")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Lagos Semiconductor Tech Hub")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_AcronymInCapitals_IsNoPlaceWrittenInCapitals()
    {
        var x = Extract.From("She serves on the boards of APIA Scholars and College Promise.");
        Assert.DoesNotContain(x.Entities, e => e.Type is EntityType.Country or EntityType.City);
    }

    [Fact]
    public void Extract_MonthAfterAMiddleInitial_IsASurname()
    {
        var x = Extract.From("The President appointed Ines R. May, to be a Member of the Board, and Secretary Tomas K. June spoke.");
        Assert.Equal(EntityType.Person, x.Entity("Ines R. May")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Tomas K. June")?.Type);
    }

    [Fact]
    public void Extract_StreetName_IsNoPerson()
    {
        var x = Extract.From("The post office is located at 1400 N Halvorsen Blvd. in Placentia, and another at 12 Okafor Avenue.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_TitlesInsideAndBeforeNames_AreNoPartOfTheName()
    {
        var x = Extract.From(
            "Lagos County Sheriff Ines Moreno praised the move, as did Acme Steel President Tomas Berg, Pres. Okafor and Secretaries Lena Varga and Ada Kim.");
        Assert.Equal(EntityType.Person, x.Entity("Ines Moreno")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Tomas Berg")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name.Split(' ')[0] is "Pres" or "Pres." or "Secretaries" or "Lagos" or "Acme");
    }

    [Fact]
    public void Extract_SubcommitteesCaucusesAndEmeritusTitles_NameNoPeople()
    {
        var x = Extract.From("Okafor is President Emeritus of the Harbour Tenants Caucus and sits on the Coast Guard Subcommittee.");
        Assert.Equal(EntityType.Organization, x.Entity("Coast Guard Subcommittee")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Emeritus", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_WordBrokenOffInATranscript_IsNoName()
    {
        var x = Extract.From("The real leader, how Hama- — I mean the things he says, is clear. He went to Lim- — to Peru.");
        Assert.DoesNotContain(x.Entities, e => e.Name is "Hama" or "Lim");
        Assert.Equal(EntityType.Country, x.Entity("Peru")?.Type);
    }

    [Fact]
    public void Extract_BodysOfficeNamedByItsTitle_IsNoBodyOrPlace()
    {
        var x = Extract.From(
            "Okafor was given an award by the Lagos Society of Professional Engineers (LSPE) and was a six-time recipient of the LSPE President’s Award.");
        Assert.DoesNotContain(x.Entities, e => e.Name.EndsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeadingVerbAfterATitledNameAndABrokenOffTitle_AreNoPartOfNames()
    {
        var x = Extract.From(
            "GOVERNOR VARGA: Thank you very much, Mr. Predi- — Mr. President. First Lady Ada Okafor spoke.",
            headline: "Remarks by First Lady Ada Okafor Marking Nowruz at the Embassy in Lagos, Nigeria");
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Marking", StringComparison.Ordinal) || e.Name == "Predi");
        Assert.Equal(EntityType.Person, x.Entity("Ada Okafor")?.Type);
    }

    [Fact]
    public void Extract_NameListedAmongPlaces_IsNoPerson()
    {
        var x = Extract.From(
            "Twelve centers are open in Bradenton, Branford, Glen Saint Mary, Homosassa, Lake City, Largo, Live Oak, Madison, Perry, Sarasota, and Tampa.");
        Assert.Equal(EntityType.City, x.Entity("Tampa")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_NomineeNamedWithJrAndHomeState_StaysAPerson()
    {
        var x = Extract.From("Ramon Ernesto Reyes, Jr., of New York, to be United States District Judge for the Eastern District of New York, vice Kiyo A. Matsumoto, retired.");
        Assert.Equal(EntityType.Person, x.Entity("Ramon Ernesto Reyes")?.Type);
    }

    [Fact]
    public void Extract_PlaceBeforeAPartyOrOfficeAndAName_IsNoLongerPlace()
    {
        var x = Extract.From("Thanks to South Dakota Republican Dusty Okafor and Ohio Democrat Tim Varga for their votes.");
        Assert.DoesNotContain(x.Entities, e => e.Type is EntityType.City or EntityType.Region && e.Name.Contains(' ') && e.Name.Split(' ').Length > 2);
    }

    [Fact]
    public void Extract_DealBetweenTwoHyphenedParties_IsNamedAfterNeither()
    {
        var x = Extract.From("The Chile-Peru deal was signed, and the Peru nuclear deal was discussed.");
        Assert.Equal(EntityType.Country, x.Entity("Peru")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Peru deal");
        Assert.Equal(EntityType.Event, x.Entity("Peru nuclear deal")?.Type);
    }

    [Fact]
    public void Extract_SurnameInCapitalsAlone_IsNoPersonOfItsOwn()
    {
        var x = Extract.From("MS. HALVORSEN-OYE:  Good afternoon, everybody. We have news today.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_UnfamiliarFullNames_ArePeople()
    {
        var x = Extract.From("The delegation met Karim Haddad and Youssef Mansour in the capital.");

        Assert.Equal(EntityType.Person, x.Entity("Karim Haddad")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Youssef Mansour")?.Type);
    }

    [Fact]
    public void Extract_KnownGivenNameInsideAnotherName_IsNotThatPerson()
    {
        var x = Extract.From("Senator Ada Okafor said the bill would pass. Ada Kerr of the Green Party spoke first. Later Okafor left.");

        Assert.DoesNotContain("Ada", x.Entity("Ada Okafor")!.Aliases);
        Assert.Contains("Okafor", x.Entity("Ada Okafor")!.Aliases);
    }
}
