using Graph.Model;

namespace Graph.Extraction.Tests.Facts;

public sealed class StructuralFactStageTests
{
    [Fact]
    public void Extract_DemonymTitleName_HoldsPositionWithTitle()
    {
        var x = Extract.From("Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz in Berlin.");
        Assert.True(x.Has("Recep Tayyip Erdogan", Predicate.HoldsPosition, "Turkey"), x.Describe());
        Assert.True(x.Has("Olaf Scholz", Predicate.HoldsPosition, "Germany"), x.Describe());
        Assert.Equal("Chancellor", x.Facts.Single(f => f.Predicate == Predicate.HoldsPosition && f.Object == "country:germany").Title);
        Assert.True(x.Has("Recep Tayyip Erdogan", Predicate.Meet, "Olaf Scholz"), x.Describe());
    }

    [Fact]
    public void Extract_CountryPossessiveTitle_HoldsPosition()
    {
        var x = Extract.From("Spain's Foreign Minister Jose Manuel Albares spoke to reporters.");
        Assert.True(x.Has("Jose Manuel Albares", Predicate.HoldsPosition, "Spain"), x.Describe());
    }

    [Fact]
    public void Extract_GroupsBackedByASponsor_AreAGroupItSupports()
    {
        var x = Extract.From("Chile must defend itself against Bolivian-backed proxies. Peru-backed militias attacked the base.");
        Assert.Equal(EntityType.Group, x.Entity("Bolivian-backed proxies")?.Type);
        Assert.True(x.Has("Bolivia", Predicate.Supports, "Bolivian-backed proxies"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.Supports, "Peru-backed militias"), x.Describe());
    }

    [Fact]
    public void Extract_BodySaidToBeLedByAPerson_IsLedByThem()
    {
        var x = Extract.From(
            "The Northern Front, led by Ahmed Musa, seized the town. The Dawn Party, a movement led by Omar Said, protested. "
            + "The delegation was led by Ana Lind.");
        Assert.True(x.Has("Ahmed Musa", Predicate.Leads, "Northern Front"), x.Describe());
        Assert.True(x.Has("Omar Said", Predicate.Leads, "Dawn Party"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Leads && x.Entities.First(e => e.Id == f.Subject).Name == "Ana Lind");
    }

    [Fact]
    public void Extract_GroupLeader_Leads()
    {
        var x = Extract.From("Hamas leader Yahya Sinwar said the talks had failed.");
        Assert.True(x.Has("Yahya Sinwar", Predicate.Leads, "Hamas"), x.Describe());
    }

    [Theory]
    [InlineData("Fighting continued in Nangarhar, Afghanistan's most populous province.", "Nangarhar", "Afghanistan")]
    [InlineData("Troops were deployed to Jalalabad, the capital of Nangarhar Province.", "Jalalabad", "Nangarhar Province")]
    public void Extract_PlaceDescribedInAppositionAsPartOfAnother_IsLocatedInIt(string text, string place, string container)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(place, Predicate.LocatedIn, container), x.Describe());
    }

    [Fact]
    public void Extract_CityWithItsCountryNamed_IsLocatedIn()
    {
        var x = Extract.From("Delegates met in Mombasa, Kenya, on Friday.");
        Assert.True(x.Has("Mombasa", Predicate.LocatedIn, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_AllyPatterns_GiveAlliedWith()
    {
        var x = Extract.From("Colombia, a US ally, hosted the summit.\nTensions grew between Japan and the Philippines, two US allies.");
        Assert.True(x.Has("Colombia", Predicate.AlliedWith, "United States"), x.Describe());
        Assert.True(x.Has("Japan", Predicate.AlliedWith, "United States"), x.Describe());
        Assert.True(x.Has("Philippines", Predicate.AlliedWith, "United States"), x.Describe());
    }

    [Fact]
    public void Extract_OrganizationMembers_AreMembersOf()
    {
        var x = Extract.From("NATO members Norway and Denmark increased patrols.");
        Assert.True(x.Has("Norway", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
        Assert.True(x.Has("Denmark", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
    }

    [Fact]
    public void Extract_OurAlliancesAllyInAStatement_IsTheIssuersAllyAndAlliance()
    {
        var x = Extract.From(
            "The Prime Minister offered any needed assistance to our NATO Ally Norway after the storm.",
            "Statement by Prime Minister Ada Okafor of Canada on the Storm in Norway");
        Assert.True(x.Has("Norway", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
        Assert.True(x.Has("Canada", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
        Assert.True(x.Has("Canada", Predicate.AlliedWith, "Norway"), x.Describe());
    }

    [Theory]
    [InlineData("Minister Ada Okafor traveled to Kenya on Monday. Deputy Minister Tomas Weir and Ambassador Lena Varga accompanied Minister Okafor on the trip.")]
    [InlineData("Minister Ada Okafor traveled to Kenya on Monday. Minister Okafor was accompanied by Deputy Minister Tomas Weir and Ambassador Lena Varga.")]
    public void Extract_ThoseWhoAccompanyAVisitor_VisitToo(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ada Okafor", Predicate.Visit, "Kenya"), x.Describe());
        Assert.True(x.Has("Tomas Weir", Predicate.Visit, "Kenya"), x.Describe());
        Assert.True(x.Has("Lena Varga", Predicate.Visit, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_ForeignOfficialInCity_Visits()
    {
        var x = Extract.From("French Foreign Minister Catherine Colonna spoke to reporters in Cairo.\nEgypt welcomed the talks.");
        Assert.True(x.Has("Catherine Colonna", Predicate.Visit, "Cairo"), x.Describe());
    }

    [Fact]
    public void Extract_ForeignGuestMetInCity_VisitsAndTheHostDoesNot()
    {
        var x = Extract.From("Kenyan President William Ruto met Estonian Prime Minister Kaja Kallas in Nairobi on Monday.");
        Assert.True(x.Has("William Ruto", Predicate.Meet, "Kaja Kallas"), x.Describe());
        Assert.True(x.Has("Kaja Kallas", Predicate.Visit, "Nairobi"), x.Describe());
        Assert.False(x.Has("William Ruto", Predicate.Visit, "Nairobi"), x.Describe());
    }

    [Theory]
    [InlineData("On June 15, 2023 in Nairobi Kenya, Estonian Prime Minister Kaja Kallas met with Kenyan President William Ruto.")]
    [InlineData("On June 15 in Nairobi, Kenya, Estonian Prime Minister Kaja Kallas met with Kenyan President William Ruto.")]
    public void Extract_ForeignGuestMeetingInACityTheClauseOpensWith_Visits(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Kaja Kallas", Predicate.Visit, "Nairobi"), x.Describe());
        Assert.False(x.Has("William Ruto", Predicate.Visit, "Nairobi"), x.Describe());
    }

    [Fact]
    public void Extract_CityOfAnEarlierActOpeningTheSentence_IsNoVisit()
    {
        var x = Extract.From("After talks in Nairobi with Kenyan President William Ruto, Estonian Prime Minister Kaja Kallas flew home.");
        Assert.False(x.Has("Kaja Kallas", Predicate.Visit, "Nairobi"), x.Describe());
    }

    [Fact]
    public void Extract_AllyOfACountryInApposition_IsAlliedWithIt()
    {
        var x = Extract.From("Japan, a close ally of the United States, protested the launch.");
        Assert.True(x.Has("Japan", Predicate.AlliedWith, "United States"), x.Describe());
    }

    [Fact]
    public void Extract_CityOfAnActTheSubjectSpeaksOf_IsNoVisit()
    {
        var x = Extract.From("French Foreign Minister Catherine Colonna warned that the army would continue its offensive in Cairo.");
        Assert.False(x.Has("Catherine Colonna", Predicate.Visit, "Cairo"), x.Describe());
    }

    [Fact]
    public void Extract_NameSetOffAfterATitleOfABody_HoldsThatPosition()
    {
        var x = Extract.From("The chief executive of the Baltic Shipping Council, Janis Ozols, welcomed the plan.");
        Assert.True(x.Has("Janis Ozols", Predicate.HoldsPosition, "Baltic Shipping Council"), x.Describe());
    }

    [Fact]
    public void Extract_TitleNameOfCountry_HoldsPositionWithTitle()
    {
        var x = Extract.From("President Biden spoke with Prime Minister Justin Trudeau of Canada about trade.");
        Assert.True(x.Has("Justin Trudeau", Predicate.HoldsPosition, "Canada"), x.Describe());
        Assert.Equal("Prime Minister", x.Facts.Single(f => f.Predicate == Predicate.HoldsPosition && f.Object == "country:canada").Title);
    }

    [Fact]
    public void Extract_RegnalNumeral_IsPartOfTheName()
    {
        var x = Extract.From("Jordan's King Abdullah II met Egypt's President Abdel Fattah el-Sisi in Cairo.");
        Assert.True(x.Has("Abdullah II", Predicate.HoldsPosition, "Jordan"), x.Describe());
    }

    [Fact]
    public void Extract_SponsorHyphenParticiple_SupportsOrFundsWhatItQualifies()
    {
        var x = Extract.From("Syria-backed Hezbollah fired rockets. Qatar-funded Hamas held a rally.");
        Assert.True(x.Has("Syria", Predicate.Supports, "Hezbollah"), x.Describe());
        Assert.True(x.Has("Qatar", Predicate.Funds, "Hamas"), x.Describe());
    }

    [Fact]
    public void Extract_HyphenatedWordWithoutKnownSponsor_GivesNoSupport()
    {
        var x = Extract.From("Well-backed Hezbollah fired rockets.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Supports);
    }

    [Fact]
    public void Extract_CountryLeaderName_HoldsPosition()
    {
        var x = Extract.From("Cuban leader Miguel Diaz-Canel criticized the embargo.");
        Assert.True(x.Has("Miguel Diaz-Canel", Predicate.HoldsPosition, "Cuba"), x.Describe());
        Assert.False(x.Has("Miguel Diaz-Canel", Predicate.Leads, "Cuba"), x.Describe());
    }

    [Fact]
    public void Extract_CityOfACountryKnownFromATitle_IsLocatedIn()
    {
        var x = Extract.From("Kenyan President William Ruto spoke in Nairobi on Friday.");
        Assert.True(x.Has("Nairobi", Predicate.LocatedIn, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_CityOfACountryKnownOnlyFromAnAdjective_GivesNoCountry()
    {
        var x = Extract.From("Kenyan traders gathered in Nairobi on Friday.");
        Assert.Null(x.Entity("Kenya"));
    }

    [Fact]
    public void Extract_PossessorBeforeCoordinatedTitleWords_HoldsPositionWithTheTitleAsWritten()
    {
        var x = Extract.From("Portugal's economy and finance minister Joana Silva spoke in Lisbon.");
        Assert.True(x.Has("Joana Silva", Predicate.HoldsPosition, "Portugal"), x.Describe());
        Assert.Equal("economy and finance minister", x.Facts.Single(f => f.Predicate == Predicate.HoldsPosition).Title);
    }

    [Fact]
    public void Extract_TitleNameOfTheCountry_HoldsPosition()
    {
        var x = Extract.From("The talks included President Ana Costa of the Philippines.");
        Assert.True(x.Has("Ana Costa", Predicate.HoldsPosition, "Philippines"), x.Describe());
    }

    [Fact]
    public void Extract_AppositiveTitleOfCountry_HoldsPositionWithGazetteerTitle()
    {
        var x = Extract.From("Minister Pedro Alves arrived on Monday. Alves, the defence minister of Brazil, said the deal was close.");
        Assert.True(x.Has("Pedro Alves", Predicate.HoldsPosition, "Brazil"), x.Describe());
        Assert.Equal("Defence Minister", x.Facts.Single(f => f.Predicate == Predicate.HoldsPosition).Title);
    }

    [Fact]
    public void Extract_TitleWithoutStatedHolder_GivesNoPosition()
    {
        var x = Extract.From("Minister Pedro Alves arrived on Monday and met reporters.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition);
    }

    [Theory]
    [InlineData("Chile and Peru are members of the African Union.")]
    [InlineData("Chile and Peru became members of the African Union in 2020.")]
    public void Extract_PredicateNounMember_MakesItsSubjectsMembers(string sentence)
    {
        var x = Extract.From(sentence);
        Assert.True(x.Has("Chile", Predicate.MemberOf, "African Union"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.MemberOf, "African Union"), x.Describe());
    }

    [Fact]
    public void Extract_JoiningABody_IsMembershipButJoiningACountryIsNot()
    {
        var x = Extract.From("Chile joined the African Union in 2020. Peru joined Chile in condemning the attack.");
        Assert.True(x.Has("Chile", Predicate.MemberOf, "African Union"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.MemberOf && f.Subject == x.Entity("Peru")?.Id);
    }

    [Fact]
    public void Extract_AppositiveMemberOf_IsMemberOf()
    {
        var x = Extract.From("Ireland, a member of the EU, backed the plan.");
        Assert.True(x.Has("Ireland", Predicate.MemberOf, "European Union"), x.Describe());
    }

    [Fact]
    public void Extract_RelativeClauseLeads_Leads()
    {
        var x = Extract.From("General Omar Haddad, who leads Hezbollah, spoke on Sunday.");
        Assert.True(x.Has("Omar Haddad", Predicate.Leads, "Hezbollah"), x.Describe());
    }

    [Fact]
    public void Extract_OrganizationSpokesman_HoldsPositionInTheOrganization()
    {
        var x = Extract.From("NATO spokesman Carlos Mendes said the alliance was ready.");
        Assert.True(x.Has("Carlos Mendes", Predicate.HoldsPosition, "North Atlantic Treaty Organization"), x.Describe());
    }

    [Fact]
    public void Extract_CityAndCountryInDifferentSentences_GivesNoLocatedIn()
    {
        var x = Extract.From("Delegates gathered in Mombasa on Friday.\nKenya welcomed them.");
        Assert.False(x.Has("Mombasa", Predicate.LocatedIn, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_CityWithStatedUnknownContainer_GivesNoInferredCountry()
    {
        var x = Extract.From("Delegates from the United States met in Chicago, Illinois, on Friday.");
        Assert.False(x.Has("Chicago", Predicate.LocatedIn, "United States"), x.Describe());
    }

    [Fact]
    public void Extract_CityAndItsCountryInOneSentence_IsLocatedIn()
    {
        var x = Extract.From("Delegates from the United States met in Chicago on Friday.");
        Assert.True(x.Has("Chicago", Predicate.LocatedIn, "United States"), x.Describe());
    }

    [Fact]
    public void Extract_PossessorOfAnotherNounBeforeTheVerb_IsNotTheNextPersonsHolder()
    {
        var x = Extract.From("Kenya's president met Senator Mark Green of Texas.");
        Assert.False(x.Has("Mark Green", Predicate.HoldsPosition, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_TitleWithNoHolderStated_IsHeldInTheCountryTheOfficeholdersListForTheDate()
    {
        var x = Extract.From("Prime Minister Narendra Modi opened the new rail line on Monday.", published: new DateOnly(2016, 3, 7));
        Assert.True(x.Has("Narendra Modi", Predicate.HoldsPosition, "India"), x.Describe());
    }

    [Fact]
    public void Extract_TitleWithNoHolderStated_BeforeTheOfficeBegan_HasNoHolder()
    {
        var x = Extract.From("Prime Minister Narendra Modi opened the new rail line on Monday.", published: new DateOnly(2010, 3, 7));
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition);
    }

    [Fact]
    public void Extract_TitleGivenWithAnotherBody_IsNotReadFromTheOfficeholders()
    {
        var x = Extract.From("Harbour Council President Narendra Modi opened the new rail line on Monday.", published: new DateOnly(2016, 3, 7));
        Assert.False(x.Has("Narendra Modi", Predicate.HoldsPosition, "India"), x.Describe());
    }

    [Fact]
    public void Extract_TitledNameListedAfterOneWithItsCountry_SharesTheCountry()
    {
        var x = Extract.From("Chilean President Ada Okafor and Foreign Minister Tomas Berg spoke to reporters.");
        Assert.True(x.Has("Tomas Berg", Predicate.HoldsPosition, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_TitledNameListedBeforeOneWithACountry_DoesNotShareIt()
    {
        var x = Extract.From("Senator Ana Lind and Kenyan Ambassador Joe Kim spoke to reporters.");
        Assert.False(x.Has("Ana Lind", Predicate.HoldsPosition, "Kenya"), x.Describe());
    }

    [Theory]
    [InlineData("EU members such as Austria and Malta objected.", "European Union")]
    [InlineData("Members of the African Union, including Austria and Malta, voted.", "African Union")]
    [InlineData("The Quad, which includes Austria and Malta, met on Monday.", "Quad")]
    [InlineData("ASEAN, made up of Austria and Malta, met on Monday.", "Association of Southeast Asian Nations")]
    [InlineData("The Quad, made up of Peru, Austria, Malta and Chile, met on Monday.", "Quad")]
    [InlineData("ASEAN's members include Austria, Malta and Peru.", "Association of Southeast Asian Nations")]
    [InlineData("The European Union's 27 member states, including Austria and Malta, agreed.", "European Union")]
    [InlineData("The African Union members – Peru, Austria and Malta – met on Monday.", "African Union")]
    [InlineData("Countries of the African Union such as Austria and Malta agreed.", "African Union")]
    public void Extract_MembersListedWithTheirBody_AreMembers(string text, string body)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Austria", Predicate.MemberOf, body), x.Describe());
        Assert.True(x.Has("Malta", Predicate.MemberOf, body), x.Describe());
    }

    [Fact]
    public void Extract_CountriesListedBeforeOtherMembers_AreMembers()
    {
        var x = Extract.From("Latvia, Estonia and other NATO allies sent jets to the region.");
        Assert.True(x.Has("Latvia", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
        Assert.True(x.Has("Estonia", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
    }

    [Theory]
    [InlineData("Mayor Ines Varga of Porto said the roads were closed.", "Porto")]
    [InlineData("Governor Ines Varga of Ohio declared an emergency.", "Ohio")]
    public void Extract_LocalOfficeOfAPlace_IsHeldThere(string text, string place)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.HoldsPosition, place), x.Describe());
    }

    [Fact]
    public void Extract_CapitalBeforeALocalOffice_GivesTheOfficeNoCountry()
    {
        var x = Extract.From("Lisbon Mayor Ines Varga said the roads were closed.");
        Assert.False(x.Has("Ines Varga", Predicate.HoldsPosition, "Portugal"), x.Describe());
    }

    [Theory]
    [InlineData("The Green Party candidate Ines Varga won the seat.")]
    [InlineData("Ines Varga of the Green Party said she won the seat.")]
    [InlineData("Ines Varga, a lawmaker from the ruling Green Party, voted against the bill.")]
    public void Extract_PersonNamedWithAParty_IsItsMember(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.MemberOf, "Green Party"), x.Describe());
    }

    [Fact]
    public void Extract_AgreementThatIncludesCountries_HasNoMembers()
    {
        var x = Extract.From("The Paris Agreement, which includes Austria and Malta, took effect.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.MemberOf);
    }

    [Theory]
    [InlineData("Republican Senator Ana Lind of Ohio criticized the plan.", "Republican Party")]
    [InlineData("Labour MP Ana Lind voted against the budget.", "Labour Party")]
    public void Extract_PublicOfficeNamedWithItsParty_IsMembershipNotAPartyPosition(string text, string party)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ana Lind", Predicate.MemberOf, party), x.Describe());
        Assert.False(x.Has("Ana Lind", Predicate.HoldsPosition, party), x.Describe());
    }

    [Fact]
    public void Extract_PartyOffice_IsAPositionInThePartyAndMembership()
    {
        var x = Extract.From("Likud chairman Ana Lind resigned on Friday.");
        Assert.True(x.Has("Ana Lind", Predicate.HoldsPosition, "Likud"), x.Describe());
        Assert.True(x.Has("Ana Lind", Predicate.MemberOf, "Likud"), x.Describe());
    }

    [Theory]
    [InlineData("Harbour Relief Council campaigner Ines Varga said the camp was full.", "Harbour Relief Council")]
    [InlineData("Ines Varga, a spokesman for the Harbour Relief Council, said the camp was full.", "Harbour Relief Council")]
    [InlineData("Ines Varga, an attorney for the Harbour Relief Council, said the camp was full.", "Harbour Relief Council")]
    public void Extract_RoleNamedWithItsBody_IsAPositionThere(string text, string body)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.HoldsPosition, body), x.Describe());
    }

    [Theory]
    [InlineData("Ines Varga served as foreign minister of Chile from 2010 to 2014.", "Chile")]
    [InlineData("Ines Varga became president of Peru in 2016.", "Peru")]
    [InlineData("Ines Varga was elected prime minister of Norway.", "Norway")]
    [InlineData("Ines Varga is the finance minister of Ghana.", "Ghana")]
    public void Extract_UntitledNameWhoseClauseGivesAnOffice_IsAPersonHoldingIt(string text, string country)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity("Ines Varga")?.Type);
        Assert.True(x.Has("Ines Varga", Predicate.HoldsPosition, country), x.Describe());
    }

    [Fact]
    public void Extract_LongListOfTitledNames_GivesEachTheCountryOfItsOwnOfPhrase()
    {
        var x = Extract.From(
            "Participants in the call included European Commission President Ana Lind, European Council President Tomas Berg, "
            + "President Jon Kai of France, Chancellor Mia Roe of Germany, Prime Minister Ines Varga of Italy, NATO Secretary General "
            + "Per Holm, President Eva Nowak of Poland, and Prime Minister Tom Reed of the United Kingdom.");
        Assert.True(x.Has("Mia Roe", Predicate.HoldsPosition, "Germany"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition && f.Subject == x.Entity("Ana Lind")?.Id && f.Object == x.Entity("Germany")?.Id);
    }

    [Fact]
    public void Extract_PersonWorkingWithTheirOwnBody_IsNoCooperation()
    {
        var x = Extract.From("NATO Secretary General Per Holm and Chile's president said they would keep working with NATO and Chile.");
        Assert.True(x.Has("Per Holm", Predicate.HoldsPosition, "North Atlantic Treaty Organization"), x.Describe());
        Assert.False(x.Has("Per Holm", Predicate.Cooperate, "North Atlantic Treaty Organization"), x.Describe());
    }

    [Theory]
    [InlineData("The Quad (Austria, Malta and Chile) met on Monday.", "Quad")]
    [InlineData("Leaders of the G7 \u2014 Austria, Malta and Chile \u2014 met in Rome.", "Group of Seven")]
    public void Extract_CountriesListedInBracketsOrDashesAfterABody_AreItsMembers(string text, string body)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Austria", Predicate.MemberOf, body), x.Describe());
        Assert.True(x.Has("Chile", Predicate.MemberOf, body), x.Describe());
    }

    [Theory]
    [InlineData("Democrat Ines Varga said the vote was close.", "Democratic Party")]
    [InlineData("Ines Varga, a Republican, voted against the bill.", "Republican Party")]
    [InlineData("Liberal Democrat Ines Varga agreed with the plan. Varga said more was needed.", "Liberal Democrats")]
    public void Extract_PartysWordForItsMembers_IsMembership(string text, string party)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.MemberOf, party), x.Describe());
    }

    [Theory]
    [InlineData("Ines Varga of the Harbour Tenants Union spoke at the hearing. Varga said more was needed.")]
    [InlineData("The Harbour Tenants Union's Ines Varga spoke at the hearing. Varga said more was needed.")]
    [InlineData("Ines Varga (Harbour Tenants Union) spoke at the hearing. Varga said more was needed.")]
    public void Extract_UntitledPersonNamedWithABody_IsItsMember(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.MemberOf, "Harbour Tenants Union"), x.Describe());
    }

    [Fact]
    public void Extract_TitledPersonOfABody_HoldsThePositionOnly()
    {
        var x = Extract.From("Executive Director Ines Varga of the Harbour Tenants Union spoke at the hearing.");
        Assert.True(x.Has("Ines Varga", Predicate.HoldsPosition, "Harbour Tenants Union"), x.Describe());
        Assert.False(x.Has("Ines Varga", Predicate.MemberOf, "Harbour Tenants Union"), x.Describe());
    }

    [Fact]
    public void Extract_LawmakerOfANamedBody_IsAMemberOfThatParty()
    {
        var x = Extract.From("Ines Varga, a Harbour Alliance lawmaker, said she would retire.");
        Assert.True(x.Has("Ines Varga", Predicate.MemberOf, "Harbour Alliance"), x.Describe());
    }

    [Theory]
    [InlineData("Ines Varga, a student at Harbour University, joined the protest.", "Harbour University")]
    [InlineData("Ines Varga, 19, a member of the Harbour Tenants Union, won the vote. Varga said more was needed.", "Harbour Tenants Union")]
    [InlineData("Ines Varga, who served in the United States Navy, retired in May.", "United States Navy")]
    [InlineData("Ines Varga, a volunteer with the Harbour Relief Council, helped the families.", "Harbour Relief Council")]
    public void Extract_BelongingWithoutAnOffice_IsMembership(string text, string body)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.MemberOf, body), x.Describe());
    }

    [Theory]
    [InlineData("Chile, a NATO ally, sent two ships.", "Chile")]
    [InlineData("Austria, Malta and Chile are members of the BRICS group.", "Malta")]
    public void Extract_AllyOrMemberOfAnAlliance_IsItsMember(string text, string member)
    {
        var x = Extract.From(text);
        Assert.Contains(x.Facts, f => f.Predicate == Predicate.MemberOf && f.Subject == x.Entity(member)?.Id);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.AlliedWith);
    }

    [Theory]
    [InlineData("Newcomers include Ines Varga and Tomas Berg of the Harbour Tenants Union. Varga and Berg said more was needed.")]
    [InlineData("The Harbour Tenants Union's Ines Varga and Tomas Berg were elected. Varga and Berg said more was needed.")]
    public void Extract_CoordinatedPeopleNamedWithABody_AreAllItsMembers(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Ines Varga", Predicate.MemberOf, "Harbour Tenants Union"), x.Describe());
        Assert.True(x.Has("Tomas Berg", Predicate.MemberOf, "Harbour Tenants Union"), x.Describe());
    }

    [Theory]
    [InlineData("Ines Varga from the Harbour Tenants Union won a seat. Varga said more was needed.", "Ines Varga")]
    [InlineData("Ines Varga, who belongs to the Harbour Tenants Union, won a seat. Varga said more was needed.", "Ines Varga")]
    [InlineData("Ines Varga, who is affiliated with the Harbour Tenants Union, won a seat. Varga said more was needed.", "Ines Varga")]
    [InlineData("The Civic Union belongs to the Harbour Tenants Union.", "Civic Union")]
    public void Extract_BelongingStatedByAVerbOrPreposition_IsMembership(string text, string member)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(member, Predicate.MemberOf, "Harbour Tenants Union"), x.Describe());
    }

    [Fact]
    public void Extract_MembersOfAForum_AreMembersWhateverItsHeadWord()
    {
        var x = Extract.From("Chile and Peru are of the region and members of the Harbour Islands Forum.");
        Assert.True(x.Has("Chile", Predicate.MemberOf, "Harbour Islands Forum"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.MemberOf, "Harbour Islands Forum"), x.Describe());
    }

    [Fact]
    public void Extract_AnAlliancesAlliesNamedAfterIt_AreItsMembers()
    {
        var x = Extract.From("NATO allies Chile and Peru sent ships.");
        Assert.True(x.Has("Chile", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.MemberOf, "North Atlantic Treaty Organization"), x.Describe());
    }

    [Fact]
    public void Extract_SubjectWorkingWithOtherMembersOfABody_IsAMember()
    {
        var x = Extract.From("Chile and Peru will work with other G20 countries on debt relief.");
        Assert.True(x.Has("Chile", Predicate.MemberOf, "Group of 20"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.MemberOf, "Group of 20"), x.Describe());
    }

    [Fact]
    public void Extract_MemberStatesOfABodyIncludingCountries_AreMembers()
    {
        var x = Extract.From("The EU's member states, including Portugal and Greece, agreed on the budget.");
        Assert.True(x.Has("Portugal", Predicate.MemberOf, "European Union"), x.Describe());
        Assert.True(x.Has("Greece", Predicate.MemberOf, "European Union"), x.Describe());
    }

    [Fact]
    public void Extract_InstitutionNamedBeforeAPlace_LiesInIt()
    {
        var x = Extract.From("Officials toured the Marlow Space Center in Houston and met students of the University of Ibadan in Nigeria.");
        Assert.True(x.Has("Marlow Space Center", Predicate.LocatedIn, "Houston"), x.Describe());
        Assert.True(x.Has("University of Ibadan", Predicate.LocatedIn, "Nigeria"), x.Describe());
    }

    [Fact]
    public void Extract_BodyThatMeetsInACity_DoesNotLieThere()
    {
        var x = Extract.From("The Harbour Council in Lisbon voted on Monday.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.LocatedIn);
    }

    [Theory]
    [InlineData("Austria sits on the UN Human Rights Council.", "Austria", "UN Human Rights Council")]
    [InlineData("Malta was elected to the Security Council in June.", "Malta", "UN Security Council")]
    [InlineData("The five permanent members of the Security Council, Austria, Malta, Peru and Chile, met.", "Malta", "UN Security Council")]
    public void Extract_StateSittingOnOrElectedToABody_IsItsMember(string text, string member, string body)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(member, Predicate.MemberOf, body), x.Describe());
    }

    [Fact]
    public void Extract_AlliesInABodyAndCountriesListedAfterIt_AreNoMembersOfIt()
    {
        var x = Extract.From("Chile acted in coordination with allies and partners in the European Union, Peru, Japan and Australia.");
        Assert.False(x.Has("Peru", Predicate.MemberOf, "European Union"), x.Describe());
        Assert.False(x.Has("Japan", Predicate.MemberOf, "European Union"), x.Describe());
    }

    [Theory]
    [InlineData("Ada Okafor, the White House national security spokesman, said the talks went well.", "Ada Okafor", "United States")]
    [InlineData("Tomas Berg, the Kremlin spokesman, said the talks went well.", "Tomas Berg", "Russia")]
    public void Extract_OfficeAtASeatOfGovernment_IsHeldInItsCountry(string text, string person, string country)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(person, Predicate.HoldsPosition, country), x.Describe());
    }

    [Theory]
    [InlineData("The head of the IAEA, Tomas Berg, visited Lagos.", "Tomas Berg", "International Atomic Energy Agency", Predicate.HoldsPosition)]
    [InlineData("NATO chief Tomas Berg spoke in Lagos.", "Tomas Berg", "North Atlantic Treaty Organization", Predicate.HoldsPosition)]
    [InlineData("Ali Musa, head of Hamas, spoke in Gaza.", "Ali Musa", "Hamas", Predicate.Leads)]
    public void Extract_HeadOfABodyHoldsAPostAndOfAGroupLeadsIt(string text, string person, string body, Predicate predicate)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(person, predicate, body), x.Describe());
    }

    [Theory]
    [InlineData("Leaders of the G20, including Chile, Peru and Kenya, gathered in Lagos.", "Group of 20")]
    [InlineData("The ASEAN countries Chile, Peru and Kenya signed the accord.", "Association of Southeast Asian Nations")]
    [InlineData("Fellow NATO members Chile, Peru and Kenya increased patrols.", "North Atlantic Treaty Organization")]
    public void Extract_CountriesGivenAsABodysExamplesOrInAppositionToItsMembers_AreMembersOf(string text, string body)
    {
        var x = Extract.From(text);
        foreach (string country in new[] { "Chile", "Peru", "Kenya" })
        {
            Assert.True(x.Has(country, Predicate.MemberOf, body), x.Describe());
        }
    }

    [Fact]
    public void Extract_ListDescribedByAPluralRelativeClauseOfMembership_AreAllMembers()
    {
        var x = Extract.From("Chile, Peru and Kenya, which are all members of the African Union, abstained.");
        foreach (string country in new[] { "Chile", "Peru", "Kenya" })
        {
            Assert.True(x.Has(country, Predicate.MemberOf, "African Union"), x.Describe());
        }
    }

    [Fact]
    public void Extract_ApplyingToJoin_IsNoMembershipYet()
    {
        var x = Extract.From("Chile and Peru applied to join the African Union in May.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.MemberOf && f.Status == FactStatus.Asserted);
    }

    [Theory]
    [InlineData("His Excellency Ines Lind, Prime Minister of Kenya", "Ines Lind", "Kenya")]
    [InlineData("The Honorable Tom Reed, Jr., President of the Federal Republic of Peru", "Tom Reed", "Peru")]
    [InlineData("Her Excellency Ana Soto, President of the Arab Republic of Egypt", "Ana Soto", "Egypt")]
    [InlineData("His Excellency Ana Soto, President of the Argentine Republic", "Ana Soto", "Argentina")]
    public void Extract_ListedDignitaryWithTheirOffice_HoldsIt(string line, string person, string country)
    {
        var x = Extract.From("The leaders attending were these.\n" + line);
        Assert.True(x.Has(person, Predicate.HoldsPosition, country), x.Describe());
    }

    [Theory]
    [InlineData("The Mercosur members are Chile, Peru and Kenya.", "Mercosur")]
    [InlineData("The African Union's member countries, Chile, Peru and Kenya, condemned the attack.", "African Union")]
    [InlineData("The Quad, whose members are Chile, Peru and Kenya, met in Lagos.", "Quad")]
    [InlineData("The BRICS group of Chile, Peru and Kenya met in Lagos.", "BRICS")]
    public void Extract_ListOfABodysMembers_AreMembersOf(string text, string body)
    {
        var x = Extract.From(text);
        foreach (string country in new[] { "Chile", "Peru", "Kenya" })
        {
            Assert.True(x.Has(country, Predicate.MemberOf, body), x.Describe());
        }
    }

    [Fact]
    public void Extract_OneOfABodysMembers_IsAMember()
    {
        var x = Extract.From("Chile is one of the African Union's founding members.");
        Assert.True(x.Has("Chile", Predicate.MemberOf, "African Union"), x.Describe());
    }
}
