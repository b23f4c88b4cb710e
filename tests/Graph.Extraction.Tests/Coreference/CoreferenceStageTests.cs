using Graph.Model;

namespace Graph.Extraction.Tests.Coreference;

public sealed class CoreferenceStageTests
{
    [Fact]
    public void Extract_Surname_ResolvesToFullName()
    {
        var x = Extract.From("Brazilian President Luiz Inacio Lula da Silva arrived in Lisbon.\nSilva praised Portugal for its support.");
        ExtractedNames(x, "Luiz Inacio Lula da Silva");
        Assert.DoesNotContain(x.Entities, e => e.Name == "Silva");
        Assert.True(x.Has("Luiz Inacio Lula da Silva", Predicate.Praise, "Portugal"), x.Describe());
    }

    [Fact]
    public void Extract_BarePopulationAfterAQualifiedOne_IsTheSameGroup()
    {
        var x = Extract.From("Sudanese refugees crossed the river at dawn.\nThe mayor said 2,400 refugees were given shelter.");
        Assert.Contains("refugees", x.Entity("Sudanese refugees")!.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name == "refugees");
    }

    [Fact]
    public void Extract_CapitalAsActor_IsTheCountry()
    {
        var x = Extract.From("Ankara denied the report.\nLater, diplomats met in Ankara.\nAnkara warned Athens.");
        Assert.Contains("Ankara", x.Entity("Turkey")!.Aliases);
        Assert.Equal(EntityType.City, x.Entity("Ankara")?.Type);
        Assert.True(x.Has("Turkey", Predicate.Warn, "Greece"), x.Describe());
    }

    [Fact]
    public void Extract_RoleDescriptor_ResolvesToTitledPerson()
    {
        var x = Extract.From("Japanese Foreign Minister Yoko Kamikawa arrived in Manila.\nThe Japanese diplomat then criticized China.");
        Assert.True(x.Has("Yoko Kamikawa", Predicate.Criticize, "China"), x.Describe());
        // A description refers to her here but is no name of hers.
        Assert.DoesNotContain("The Japanese diplomat", x.Entity("Yoko Kamikawa")!.Aliases);
    }

    [Fact]
    public void Extract_TitleDescriptor_ResolvesToTheHolderOfThatTitle()
    {
        var x = Extract.From("President Alar Karis of Estonia spoke with Prime Minister Kaja Kallas.\nThe President praised Latvia.");
        Assert.True(x.Has("Alar Karis", Predicate.Praise, "Latvia"), x.Describe());
        Assert.False(x.Has("Kaja Kallas", Predicate.Praise, "Latvia"), x.Describe());
        // A role noun is resolved in its article and never stored as a name.
        Assert.DoesNotContain(x.Entities, e => e.Aliases.Contains("The President"));
    }

    [Theory]
    [InlineData("ACLU President Tomas Weir")]
    [InlineData("French President Tomas Weir")]
    public void Extract_BareTitle_MeansThePlainHolderOverOneQualifiedByABody(string qualified)
    {
        var x = Extract.From($"President Anna Varga met {qualified} on Monday.\nThe President praised Weir for his work.");
        Assert.True(x.Has("Anna Varga", Predicate.Praise, "Tomas Weir"), x.Describe());
    }

    [Fact]
    public void Extract_BareTitle_MeansAQualifiedHolderWhenNoneHoldsItPlainly()
    {
        var x = Extract.From("ACLU President Tomas Weir spoke on Monday.\nThe President praised Canada.");
        Assert.True(x.Has("Tomas Weir", Predicate.Praise, "Canada"), x.Describe());
    }

    [Fact]
    public void Extract_TheyFarFromThePartiesNamedTogether_IsNotThem()
    {
        var near = Extract.From("Peru and Chile signed a fishing accord. They criticized Bolivia.");
        var far = Extract.From("Peru and Chile signed a fishing accord. The talks went well. The weather was fine. Costs rose. Prices went up. They criticized Bolivia.");

        Assert.True(near.Has("Peru", Predicate.Criticize, "Bolivia"), near.Describe());
        Assert.False(far.Has("Peru", Predicate.Criticize, "Bolivia"), far.Describe());
    }

    [Fact]
    public void Extract_FirstAndSecondPersonInATranscript_AreTheSpeakerAndWhomTheyAnswer()
    {
        var x = Extract.From(
            "President Alar Karis hosted Prime Minister Kaja Kallas of Finland in Tallinn.\n"
            + "PRESIDENT KARIS: Prime Minister, I thank you for your leadership.\n"
            + "PRIME MINISTER KALLAS: I praise Latvia.");
        Assert.True(x.Has("Alar Karis", Predicate.Praise, "Kaja Kallas"), x.Describe());
        Assert.True(x.Has("Kaja Kallas", Predicate.Praise, "Latvia"), x.Describe());
    }

    [Fact]
    public void Extract_FirstPersonInAnInterviewTurnLabelledInTitleCase_IsTheInterviewee()
    {
        var x = Extract.From(
            "Wikinews spoke with Tomas Berg, a candidate for mayor.\n"
            + "Wikinews: What do you think of the war?\n"
            + "Tomas Berg: I condemn Serbia's strikes on Kosovo, and I support the Palestinian Authority.");
        Assert.True(x.Has("Tomas Berg", Predicate.Criticize, "Serbia"), x.Describe());
        Assert.True(x.Has("Tomas Berg", Predicate.Supports, "Palestinian Authority"), x.Describe());
    }

    [Fact]
    public void Extract_SubjectlessThanksInATranscriptTurn_AreTheSpeakers()
    {
        var x = Extract.From(
            "President Alar Karis hosted Prime Minister Kaja Kallas of Finland in Tallinn.\n"
            + "PRESIDENT KARIS: Welcome to Tallinn.\n"
            + "THE PRIME MINISTER: Thank you, Mr. President.");
        Assert.True(x.Has("Kaja Kallas", Predicate.Praise, "Alar Karis"), x.Describe());
    }

    [Fact]
    public void Extract_RoleLabelOfATranscript_StaysItsSpeakerAfterAnotherHolderOfTheRoleIsNamed()
    {
        var x = Extract.From(
            "THE PRESIDENT: Good afternoon. Today, I spoke with President Ion Lupu of Moldova.\n"
            + "I want to thank Prime Minister Dana Dumitru of Romania for her leadership.",
            headline: "Remarks by President Osei on the Crisis in Moldova");
        Assert.True(x.Has("Osei", Predicate.Meet, "Ion Lupu"), x.Describe());
        Assert.True(x.Has("Osei", Predicate.Praise, "Dana Dumitru"), x.Describe());
        Assert.False(x.Has("Ion Lupu", Predicate.Praise, "Dana Dumitru"), x.Describe());
    }

    [Fact]
    public void Extract_FirstPersonInAnInterviewsAnswers_IsTheOneInterviewed()
    {
        var x = Extract.From(
            "Have you been abroad this year?\n"
            + "Yes. In March I met President Ion Lupu of Moldova in Chisinau.\n"
            + "Did you thank him?\n"
            + "Of course.",
            headline: "Wikinews interviews Ada Okafor, Liberal candidate for mayor");
        Assert.True(x.Has("Ada Okafor", Predicate.Meet, "Ion Lupu"), x.Describe());
    }

    [Fact]
    public void Extract_FirstPersonInAStatementByOnePerson_IsItsAuthor()
    {
        var x = Extract.From(
            "I congratulate President-elect Ion Lupu on his victory. “I am grateful,” Lupu told Ana Reyes.",
            headline: "Statement by President Dana Osei on the Elections in Moldova");
        Assert.True(x.Has("Dana Osei", Predicate.Praise, "Ion Lupu"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Subject == x.Entity("Dana Osei")!.Id && f.Object == x.Entity("Ana Reyes")?.Id);
    }

    [Fact]
    public void Extract_FirstPersonInAReadout_StaysUnresolved()
    {
        var x = Extract.From("I congratulate President-elect Ion Lupu on his victory.", headline: "Readout of President Dana Osei's Call with President-elect Ion Lupu");
        Assert.False(x.Has("Dana Osei", Predicate.Praise, "Ion Lupu"), x.Describe());
    }

    [Theory]
    [InlineData("The strikes serve the aims of the Putin regime.", "Putin")]
    [InlineData("The Maduro government rejected the report.", "Maduro")]
    public void Extract_KnownLeaderNamingTheGovernmentTheyHead_IsAPerson(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_TheRebels_AreTheArmedGroupNamedBefore()
    {
        var x = Extract.From("Fighters of the Northern Dawn Front seized a town in Chad. Niger denies supporting the rebels.");
        Assert.True(x.Has("Niger", Predicate.Deny, "Northern Dawn Front"), x.Describe());
    }

    [Fact]
    public void Extract_ThePresident_IsThePresidentTheArticleNamesMost()
    {
        var x = Extract.From(
            "President Ana Lind spoke to reporters in Santiago. President Lind said the talks had gone well. "
            + "She had called President Tomas Berg on Monday. The President thanked Peru for its support.");
        Assert.True(x.Has("Ana Lind", Predicate.Praise, "Peru"), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Praise, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_Pronoun_ResolvesToLatestPerson()
    {
        var x = Extract.From("Chilean President Gabriel Boric landed in Quito.\nLater, he met Ecuadorian President Daniel Noboa.");
        Assert.True(x.Has("Gabriel Boric", Predicate.Meet, "Daniel Noboa"), x.Describe());
    }

    [Fact]
    public void Extract_RoleNounBeforeAName_IsNoPartOfItsAlias()
    {
        var x = Extract.From("The charity's founder Ada Okafor praised Kenya on Monday.");
        Assert.Equal(EntityType.Person, x.Entity("Ada Okafor")?.Type);
        Assert.DoesNotContain(x.Entities.SelectMany(e => e.Aliases), a => a.StartsWith("founder", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StyleInAName_IsNoNameOfItsOwn()
    {
        var x = Extract.From("King Haakon visited Accra on Monday. The talks went well, and King thanked Ghana for its help.");
        Assert.DoesNotContain(x.Entities.SelectMany(e => e.Aliases), a => a is "King" or "the King");
        Assert.DoesNotContain(x.Entities, e => e.Name == "King");
    }

    [Fact]
    public void Extract_GovernmentInCapital_IsTheCountry()
    {
        var x = Extract.From("The government in Tripoli criticized Egypt.");
        Assert.True(x.Has("Libya", Predicate.Criticize, "Egypt"), x.Describe());
        Assert.Empty(x.Entity("Libya")!.Aliases);
    }

    private static void ExtractedNames(Graph.Model.Extraction.ArticleExtraction x, string name) =>
        Assert.Equal(EntityType.Person, x.Entity(name)?.Type);

    [Fact]
    public void Extract_SeatOfGovernmentActing_StandsForItsCountry()
    {
        var x = Extract.From("Downing Street criticized Iran on Monday. The Kremlin accused Poland of provocations.");
        Assert.True(x.Has("United Kingdom", Predicate.Criticize, "Iran"), x.Describe());
        Assert.True(x.Has("Russia", Predicate.Accuse, "Poland"), x.Describe());
        Assert.Null(x.Entity("Kremlin"));
    }

    [Fact]
    public void Extract_SeatOfGovernmentAsPlace_StaysAPlace()
    {
        var x = Extract.From("Macron met Scholz at the Elysee Palace.");
        Assert.Null(x.Entity("France"));
    }

    [Fact]
    public void Extract_TheSingularGroupDescriptor_IsTheGroupNamedBefore()
    {
        var x = Extract.From("Nigeria accused the Rapid Support Forces of the attack. The paramilitary group denied the charges.");
        Assert.True(x.Has("Rapid Support Forces", Predicate.Deny, "Nigeria"), x.Describe());
    }

    [Fact]
    public void Extract_AGroupOf_IsNoReference()
    {
        var x = Extract.From("Hamas fired rockets. The group of countries condemned Israel.");
        Assert.False(x.Has("Hamas", Predicate.Criticize, "Israel"), x.Describe());
    }

    [Fact]
    public void Extract_FamilyNameWrittenFirst_ResolvesToTheFullName()
    {
        var x = Extract.From("Chinese President Xi Jinping spoke on Monday. Brazil praised Xi for the offer.");
        Assert.True(x.Has("Brazil", Predicate.Praise, "Xi Jinping"), x.Describe());
        Assert.Null(x.Entity("Xi"));
    }

    [Fact]
    public void Extract_PronounInAnOpeningPhrase_PointsForwardToTheSubject()
    {
        var x = Extract.From("Kofi Annan met Ines Varga on Monday. During her visit to Accra, Senator Ana Lind praised Ghana.");
        Assert.True(x.Has("Ana Lind", Predicate.Visit, "Accra"), x.Describe());
        Assert.False(x.Has("Ines Varga", Predicate.Visit, "Accra"), x.Describe());
    }

    [Fact]
    public void Extract_PluralPronounInAnOpeningPhrase_PointsForwardToCoordinatedSubjects()
    {
        var x = Extract.From("President Kofi Annan and Prime Minister Ines Varga signed a pact in May. "
            + "As part of their visit to Accra, Adviser Ana Lind and Deputy Secretary Tom Reed met with students.");
        Assert.True(x.Has("Ana Lind", Predicate.Visit, "Accra"), x.Describe());
        Assert.True(x.Has("Tom Reed", Predicate.Visit, "Accra"), x.Describe());
        Assert.False(x.Has("Kofi Annan", Predicate.Visit, "Accra"), x.Describe());
    }

    [Fact]
    public void Extract_OfficeWrittenAnotherWay_StandsForItsHolder()
    {
        var x = Extract.From("National Security Advisor Tomas Berg met Foreign Minister Ana Soto of Peru on Monday. "
            + "The National Security Advisor also congratulated Peru on the election.");
        Assert.True(x.Has("Tomas Berg", Predicate.Praise, "Peru"), x.Describe());
        Assert.False(x.Has("Ana Soto", Predicate.Praise, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_OfficeNoOneHolds_StandsForNoOtherOfficial()
    {
        var x = Extract.From("The Vice President thanked Mayor Tom Reed for his leadership.", "Statement by Press Secretary to the Vice President Ana Lind");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Praise);
        Assert.Contains("Press Secretary to the Vice President Ana Lind", x.Entity("Ana Lind")!.Aliases);
    }

    [Fact]
    public void Extract_CapitalSomeoneVisits_IsTheCityNotItsGovernment()
    {
        var x = Extract.From("Senator Ana Lind visited Nairobi on Monday. Nairobi rejected the plan.");
        Assert.True(x.Has("Ana Lind", Predicate.Visit, "Nairobi"), x.Describe());
        Assert.False(x.Has("Ana Lind", Predicate.Visit, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_SubjectPronoun_ContinuesThePreviousSentencesSubject()
    {
        var x = Extract.From(
            "Senator Tom Reed is traveling to Lima to meet Prime Minister Ana Soto at President Ines Lind's request. "
            + "Senator Reed will convey the concerns of President Lind. He will also consult with the African Union.");
        Assert.True(x.Has("Tom Reed", Predicate.Meet, "African Union"), x.Describe());
        Assert.False(x.Has("Ines Lind", Predicate.Meet, "African Union"), x.Describe());
    }

    [Fact]
    public void Extract_SubjectPronoun_ContinuesTheSubjectOfItsOwnSentence()
    {
        var x = Extract.From("Ines Lind arrived in Lima. Minister Tom Reed told Ines Lind that he would meet the African Union.");
        Assert.True(x.Has("Tom Reed", Predicate.Meet, "African Union"), x.Describe());
    }

    [Fact]
    public void Extract_CounterpartTheHeadlineNames_IsNoClueToTheIssuersCountry()
    {
        // The dictionary of officeholders knows Faustin Archange Touadera in the Central African Republic's government.
        var x = Extract.From(
            "Deputy Secretary Tom Reed spoke today with President Touadera on his flight to Lima.",
            "Readout of the Deputy Secretary’s Call with President Faustin Archange Touadera",
            new DateOnly(2012, 5, 1));
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition && f.Subject == x.Entity("Tom Reed")?.Id);
    }

    [Fact]
    public void Extract_OfficeOfABodyNamedAfterTheName_IsHeldThere()
    {
        var x = Extract.From("Senator Tom Reed spoke with President Ana Soto of the Coastal Fisheries Authority on Monday.");
        Assert.True(x.Has("Ana Soto", Predicate.HoldsPosition, "Coastal Fisheries Authority"), x.Describe());
    }

    [Fact]
    public void Extract_UnqualifiedOfficialsOfAStatement_ServeTheCountryOfItsKnownOfficeholders()
    {
        // The dictionary of officeholders knows Faustin Archange Touadera in the Central African Republic's government.
        var x = Extract.From(
            "President Touadera met Foreign Minister Ana Soto of Peru in Bangui. Deputy Secretary Tom Reed, Ambassador Ines Lind "
            + "and President Ada Okafor joined the meeting.",
            "Readout of President Faustin Archange Touadera’s Meeting with Foreign Minister Ana Soto of Peru",
            new DateOnly(2012, 5, 1));
        Assert.True(x.Has("Tom Reed", Predicate.HoldsPosition, "Central African Republic"), x.Describe());
        Assert.True(x.Has("Ines Lind", Predicate.HoldsPosition, "Central African Republic"), x.Describe());
        Assert.True(x.Has("Ana Soto", Predicate.HoldsPosition, "Peru"), x.Describe());
        // A head of state named with the plain title may be anyone's.
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition && f.Subject == x.Entity("Ada Okafor")?.Id);
    }

    [Fact]
    public void Extract_UnqualifiedOfficialsOfANewsArticle_ServeNoOneTheTextDoesNotSay()
    {
        var x = Extract.From(
            "President Faustin Archange Touadera met Foreign Minister Ana Soto of Peru in Bangui. Deputy Secretary Tom Reed joined the meeting.",
            "Leaders meet in Bangui",
            new DateOnly(2012, 5, 1));
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition && f.Subject == x.Entity("Tom Reed")?.Id);
    }

    [Fact]
    public void Extract_CapitalOnALineOfItsOwn_IsTheCity()
    {
        var x = Extract.From("Vice President's Residence\nNairobi\nTHE VICE PRESIDENT: Good morning, everyone.", "Remarks by Vice President Ana Lind");
        Assert.Equal(EntityType.City, x.Entity("Nairobi")?.Type);
        Assert.Null(x.Entity("Kenya"));
    }

    [Fact]
    public void Extract_CapitalWrittenWithItsCountry_IsTheCity()
    {
        var x = Extract.From("Other postings include Nairobi, Kenya; Lima, Peru; and Accra, Ghana. Lima denied the charges.");
        Assert.Equal(EntityType.City, x.Entity("Nairobi")?.Type);
        Assert.True(x.Has("Nairobi", Predicate.LocatedIn, "Kenya"), x.Describe());
        Assert.True(x.Has("Accra", Predicate.LocatedIn, "Ghana"), x.Describe());
    }

    [Fact]
    public void Extract_UnqualifiedOfficialsOfAJointStatement_ServeNoOneTheTextDoesNotSay()
    {
        // The dictionary of officeholders knows Faustin Archange Touadera in the Central African Republic's government.
        var x = Extract.From(
            "President Touadera met Foreign Minister Ana Soto in Bangui. Deputy Secretary Tom Reed joined the meeting.",
            "Joint Statement of the Central African Republic and Peru",
            new DateOnly(2012, 5, 1));
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.HoldsPosition && f.Subject == x.Entity("Tom Reed")?.Id);
    }
}
