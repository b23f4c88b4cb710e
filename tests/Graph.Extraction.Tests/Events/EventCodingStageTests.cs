using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Tests.Events;

/// <summary>Actors and targets come from grammatical relations; status and source from the clauses above the act.</summary>
public sealed class EventCodingStageTests
{
    [Theory]
    [InlineData("Ghana demanded that Togo release the detained journalists.", "Ghana", Predicate.Demand, "Togo")]
    [InlineData("Cuba appealed to Mexico for emergency fuel.", "Cuba", Predicate.Appeal, "Mexico")]
    [InlineData("Kenyan President William Ruto visited Ethiopia.", "William Ruto", Predicate.Visit, "Ethiopia")]
    [InlineData("Qatar mediated between Israel and Hamas.", "Qatar", Predicate.Mediate, "Hamas")]
    [InlineData("Brazil praised Argentina for its handling of the crisis.", "Brazil", Predicate.Praise, "Argentina")]
    [InlineData("Chile signed a trade agreement with Bolivia.", "Chile", Predicate.Agree, "Bolivia")]
    [InlineData("Serbia condemned Kosovo over the arrests.", "Serbia", Predicate.Criticize, "Kosovo")]
    [InlineData("Japan accused China of violating its airspace.", "Japan", Predicate.Accuse, "China")]
    [InlineData("Poland warned Belarus against further provocations.", "Poland", Predicate.Warn, "Belarus")]
    [InlineData("Denmark helped Ukraine with repairs to its power grid.", "Denmark", Predicate.Supports, "Ukraine")]
    [InlineData("Norway provided humanitarian aid to Sudan.", "Norway", Predicate.Supports, "Sudan")]
    [InlineData("Norway pledged $50 million in aid to Sudan.", "Norway", Predicate.Supports, "Sudan")]
    [InlineData("Chile offered assistance to Peru after the floods.", "Chile", Predicate.Supports, "Peru")]
    [InlineData("Armenia cut diplomatic ties with Azerbaijan.", "Armenia", Predicate.BreakRelations, "Azerbaijan")]
    [InlineData("India imposed sanctions on Pakistan.", "India", Predicate.ImposeSanctions, "Pakistan")]
    [InlineData("Hamas has fired rockets at Israel.", "Hamas", Predicate.Attack, "Israel")]
    [InlineData("Egypt expressed deep concern about Ethiopia's dam.", "Egypt", Predicate.Criticize, "Ethiopia")]
    public void Extract_ActiveClause_ActorIsSubjectAndTargetTheObjectOrPrepositionalObject(string sentence, string subject, Predicate predicate, string target)
    {
        ArticleExtraction x = Extract.From(sentence);
        Assert.True(x.Has(subject, predicate, target), x.Describe());
    }

    [Fact]
    public void Extract_RoleNounWithANameInApposition_StandsForTheName()
    {
        ArticleExtraction x = Extract.From("Kenyan President William Ruto met Ethiopia's prime minister, Abiy Ahmed.");

        Assert.True(x.Has("William Ruto", Predicate.Meet, "Abiy Ahmed"), x.Describe());
        Assert.False(x.Has("William Ruto", Predicate.Meet, "Ethiopia"), x.Describe());
    }

    [Theory]
    [InlineData("Kenyan President William Ruto flew to Addis Ababa to meet Abiy Ahmed.")]
    [InlineData("Kenyan President William Ruto went to Addis Ababa in order to meet Abiy Ahmed.")]
    public void Extract_PurposeClause_IsTheActOfTheClauseItModifies(string sentence)
    {
        ArticleExtraction x = Extract.From(sentence);
        Assert.True(x.Has("William Ruto", Predicate.Meet, "Abiy Ahmed"), x.Describe());
        Assert.True(x.Has("William Ruto", Predicate.Visit, "Addis Ababa"), x.Describe());
    }

    [Fact]
    public void Extract_CountrysMilitary_StandsForTheCountry()
    {
        var x = Extract.From("The leaders of Poland and Lithuania expressed concern about the Belarusian military build-up on their borders.");

        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("military", StringComparison.Ordinal));
        Assert.Contains(x.Entities, e => e.Name == "Belarus");
    }

    [Fact]
    public void Extract_WarningOfAnActInACity_IsNoWarningToTheCity()
    {
        var x = Extract.From("Russian Defence Minister Sergei Shoigu warned that the army would launch an offensive against Ukraine in Kharkiv.");
        Assert.True(x.Has("Sergei Shoigu", Predicate.Warn, "Ukraine"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Warn && f.Object == "city:kharkiv");
    }

    [Fact]
    public void Extract_LightVerbWithAnEventObject_GivesOnlyTheEvent()
    {
        var x = Extract.From("The Chilean president affirmed Argentina's support for Ukraine.");
        Assert.True(x.Has("Argentina", Predicate.Supports, "Ukraine"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Praise);
    }

    [Fact]
    public void Extract_Passive_ActorIsTheAgent()
    {
        ArticleExtraction x = Extract.From("Ukraine was attacked by Russia on Monday.");
        Assert.True(x.Has("Russia", Predicate.Attack, "Ukraine"), x.Describe());
        Assert.False(x.Has("Ukraine", Predicate.Attack, "Russia"), x.Describe());
    }

    [Fact]
    public void Extract_RelativeClause_ActorIsTheModifiedNoun()
    {
        ArticleExtraction x = Extract.From("ECOWAS, which imposed sanctions on Niger, will meet on Monday.");
        Assert.True(x.Has("Economic Community of West African States", Predicate.ImposeSanctions, "Niger"), x.Describe());
    }

    [Fact]
    public void Extract_CoordinatedSubjects_GiveOneFactEach()
    {
        ArticleExtraction x = Extract.From("Kenya, Uganda and Tanzania criticized Ethiopia on Monday.");
        foreach (string country in new[] { "Kenya", "Uganda", "Tanzania" })
        {
            Assert.True(x.Has(country, Predicate.Criticize, "Ethiopia"), x.Describe());
        }
    }

    [Fact]
    public void Extract_CoordinatedSubjectsWithMultiWordNames_GiveOneFactEach()
    {
        ArticleExtraction x = Extract.From("The United States and Britain imposed new sanctions on Iran. Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar.");
        Assert.True(x.Has("United States", Predicate.ImposeSanctions, "Iran"), x.Describe());
        Assert.True(x.Has("United Kingdom", Predicate.ImposeSanctions, "Iran"), x.Describe());
        foreach (string country in new[] { "Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt" })
        {
            Assert.True(x.Has(country, Predicate.BreakRelations, "Qatar"), x.Describe());
        }
    }

    [Fact]
    public void Extract_ActByAnAuthor_IsAimedAtTheAuthor()
    {
        ArticleExtraction x = Extract.From("France welcomed the decision by Saudi Arabia to restore relations with Iran.");
        Assert.True(x.Has("France", Predicate.Praise, "Saudi Arabia"), x.Describe());
    }

    [Fact]
    public void Extract_SupportingTheWorkOfAParty_SupportsTheParty()
    {
        ArticleExtraction x = Extract.From("Norway supports the work of the African Union in Sudan.");
        Assert.True(x.Has("Norway", Predicate.Supports, "African Union"), x.Describe());
    }

    [Fact]
    public void Extract_WeInATurnOfAnOfficialWithACountry_IsThatCountry()
    {
        ArticleExtraction x = Extract.From(
            "A breakfast in Tallinn\n\nPrime Minister Kaja Kallas of Estonia spoke at the breakfast.\n\n"
            + "PRIME MINISTER KALLAS: We support Moldova in its path to the European Union.");
        Assert.True(x.Has("Estonia", Predicate.Supports, "Moldova"), x.Describe());
    }

    [Fact]
    public void Extract_WantingToThank_IsThanking()
    {
        ArticleExtraction x = Extract.From(
            "A breakfast in Tallinn\n\nPrime Minister Kaja Kallas of Estonia spoke at the breakfast.\n\n"
            + "PRIME MINISTER KALLAS: I want to thank Japan for its help. We would like to congratulate India on the vote. "
            + "I do not want to praise Uganda.");
        Assert.True(x.Has("Kaja Kallas", Predicate.Praise, "Japan"), x.Describe());
        Assert.True(x.Has("Estonia", Predicate.Praise, "India"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Praise && f.Object == "country:uganda" && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_ActCoordinatedWithAMeeting_DoesNotTakeThePartnerAsTarget()
    {
        ArticleExtraction x = Extract.From("King Abdullah II of Jordan met President Alar Karis of Estonia in Amman and called for an end to the fighting.");
        Assert.True(x.Has("Abdullah II", Predicate.Meet, "Alar Karis"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Demand);
    }

    [Fact]
    public void Extract_OwnersOfACommitmentToAct_AreItsActors()
    {
        ArticleExtraction x = Extract.From("Following President Alar Karis and Prime Minister Kaja Kallas’s commitment to work together on space, NASA will train astronauts.");
        Assert.True(x.Has("Alar Karis", Predicate.Cooperate, "Kaja Kallas"), x.Describe());
    }

    [Fact]
    public void Extract_CondemningAnAttackOnAVictim_AccusesNobody()
    {
        ArticleExtraction x = Extract.From("Brazil condemned the attack on the Israeli embassy. Jordan blamed Hamas for the attack on the embassy.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Accuse && f.Object.Contains("israel", StringComparison.Ordinal));
        Assert.True(x.Has("Jordan", Predicate.Accuse, "Hamas"), x.Describe());
    }

    [Fact]
    public void Extract_AccusedOf_GivesTheAccusationAndOnlyAnAllegedAct()
    {
        ArticleExtraction x = Extract.From("Rwanda has been accused by Burundi of backing the M23 rebels.");
        Assert.True(x.Has("Burundi", Predicate.Accuse, "Rwanda"), x.Describe());
        Assert.False(x.Has("Rwanda", Predicate.Accuse, "Burundi"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Supports && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_Denial_GivesNoAssertedAct()
    {
        ArticleExtraction x = Extract.From("Iran denied that it had attacked Israel.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Asserted);
        Assert.Contains(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Negated);
    }

    [Theory]
    [InlineData("Eritrea denied attacking Ethiopia.")]
    [InlineData("Eritrea denied that it had attacked Ethiopia.")]
    public void Extract_DenialOfAnAct_IsADenialTowardsItsTarget(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Eritrea", Predicate.Deny, "Ethiopia"), x.Describe());
        Assert.False(x.Has("Eritrea", Predicate.Attack, "Ethiopia") && x.Facts.Any(f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Asserted), x.Describe());
    }

    [Fact]
    public void Extract_Condition_GivesAHypotheticalAct()
    {
        ArticleExtraction x = Extract.From("The talks can resume only if Yemen agrees to cooperate with Oman.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Cooperate && f.Status == FactStatus.Asserted);
    }

    [Theory]
    [InlineData("Kenya said Sudan would attack Chad if the talks failed.")]
    [InlineData("Sudan will attack Chad unless the talks resume.")]
    [InlineData("Sudan would attack Chad.")]
    public void Extract_ConditionOnTheActItself_GivesAHypotheticalAct(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_WouldInAReportedClause_IsTheReportedWill()
    {
        ArticleExtraction x = Extract.From("Kenya affirmed that Norway would continue providing security assistance and financial support to Chad.");
        Assert.Contains(x.Facts, f => f.Predicate == Predicate.Supports && f.Status == FactStatus.Asserted
            && f.Subject == x.Entity("Norway")?.Id && f.Object == x.Entity("Chad")?.Id);
    }

    [Theory]
    [InlineData("Madam Prime Minister, given Chile’s unprovoked and unjustified war in Peru, our work together is more important than ever.", "Chile", Predicate.Attack, "Peru")]
    [InlineData("Mr. Okafor reaffirmed the United States’ immediate, significant, and continuing support for Chile’s efforts.", "Okafor", Predicate.Supports, "Chile")]
    public void Extract_EventNounAfterCoordinatedAdjectives_KeepsItsArguments(string text, string actor, Predicate predicate, string target)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has(actor, predicate, target), x.Describe());
    }

    [Fact]
    public void Extract_CommitmentToTheDefenseOfCountries_SupportsEach()
    {
        ArticleExtraction x = Extract.From("Mr. Okafor reiterated Norway’s ironclad commitment to the defense of Chile and Peru.");
        Assert.True(x.Has("Norway", Predicate.Supports, "Chile"), x.Describe());
        Assert.True(x.Has("Norway", Predicate.Supports, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Norway will continue to provide Chile with what it needs to defend itself.")]
    [InlineData("Norway supplied Chile with radar systems.")]
    public void Extract_ProvidingARecipientWithSomething_SupportsIt(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Norway", Predicate.Supports, "Chile"), x.Describe());
        Assert.False(x.Has("Norway", Predicate.Cooperate, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_InfinitiveAfterAJointNoun_IsTheActOfItsParties()
    {
        ArticleExtraction x = Extract.From("President Ines Varga and President Tomas Berg discussed cooperation between Chile and Peru to continue supporting the people of Ukraine.");
        Assert.True(x.Has("Chile", Predicate.Supports, "Ukraine"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.Supports, "Ukraine"), x.Describe());
        Assert.False(x.Has("Ines Varga", Predicate.Supports, "Ukraine"), x.Describe());
    }

    [Theory]
    [InlineData("As Chile struggles on the battlefield, it is increasingly turning to horrific attacks against Peru.", true)]
    [InlineData("Chile resorted to strikes on Peru.", true)]
    [InlineData("Chile responded to attacks on Peru.", false)]
    public void Extract_EventNounAVerbOfRecourseTurnsTo_IsItsSubjectsAct(string text, bool attacks)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.Equal(attacks, x.Has("Chile", Predicate.Attack, "Peru"));
    }

    [Fact]
    public void Extract_Negation_GivesANegatedAct()
    {
        ArticleExtraction x = Extract.From("Turkey did not attack Syria.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_NominalEvent_GivesTheEventAndTheCriticismOfItsActor()
    {
        ArticleExtraction x = Extract.From("Poland condemned Russia's unprovoked invasion of Ukraine.");
        Assert.True(x.Has("Russia", Predicate.Attack, "Ukraine"), x.Describe());
        Assert.True(x.Has("Poland", Predicate.Criticize, "Russia"), x.Describe());
    }

    [Fact]
    public void Extract_CondemningAttacksOnATarget_DoesNotMakeTheSpeakerTheAttacker()
    {
        ArticleExtraction x = Extract.From("Finland condemned recent attacks on NATO.");
        Assert.False(x.Has("Finland", Predicate.Attack, "NATO"), x.Describe());
    }

    [Fact]
    public void Extract_ReportedSpeech_RecordsTheSource()
    {
        ArticleExtraction x = Extract.From("Japan said that China had violated its airspace and attacked Taiwan.");
        ExtractedFact attack = Assert.Single(x.Facts, f => f.Predicate == Predicate.Attack && f.Object == x.Entity("Taiwan")?.Id);
        Assert.Equal(x.Entity("Japan")?.Id, attack.Source);
    }

    [Fact]
    public void Extract_Urging_IsAnAppealAndTheUrgedActIsNotDone()
    {
        ArticleExtraction x = Extract.From("Germany urged Serbia to cooperate with Kosovo.");
        Assert.True(x.Has("Germany", Predicate.Appeal, "Serbia"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Cooperate && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_ThreatToAct_IsAThreatAgainstTheActsTarget()
    {
        ArticleExtraction x = Extract.From("Nigeria threatened to impose sanctions on Niger.");
        Assert.True(x.Has("Nigeria", Predicate.Threaten, "Niger"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.ImposeSanctions && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_TalksBetween_PairTheParties()
    {
        ArticleExtraction x = Extract.From("Talks between Sudan and South Sudan resumed in Addis Ababa.");
        Assert.True(x.Has("Sudan", Predicate.Meet, "South Sudan"), x.Describe());
    }

    [Fact]
    public void Extract_EveryCodedFact_HasItsPatternMatch()
    {
        var context = ExtractionPipeline.Default.Run(new ArticleDocument("test.txt", "News", "India imposed sanctions on Pakistan.", null));
        var match = Assert.Single(context.Events);
        Assert.Equal(Predicate.ImposeSanctions, match.Pattern.Predicate);
        Assert.Equal("impose", match.Pattern.Lemma);
    }

    [Fact]
    public void Extract_SentenceOfTwoThousandTokens_IsParsedNotDropped()
    {
        // A list run together with no full stop: one sentence of about two thousand tokens, the act at its end.
        string list = string.Join(", ", Enumerable.Range(1, 995).Select(i => $"item {i}"));
        ArticleExtraction x = Extract.From($"The agenda covered {list}, and then India imposed sanctions on Pakistan.");
        Assert.True(x.Has("India", Predicate.ImposeSanctions, "Pakistan"), x.Describe());
    }

    [Theory]
    [InlineData("The Philippines on Saturday condemned Vietnam.")]
    [InlineData("The Philippines on Saturday condemned Vietnam for the raid.")]
    public void Extract_DayBetweenSubjectAndVerb_KeepsTheSubject(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Philippines", Predicate.Criticize, "Vietnam"), x.Describe());
    }

    [Theory]
    [InlineData("Hezbollah fired rockets at Israel.", "Hezbollah", "Israel")]
    [InlineData("Russia launched missiles at Georgia on Monday.", "Russia", "Georgia")]
    public void Extract_WeaponsFiredOrLaunchedAtATarget_IsAnAttack(string text, string actor, string target)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(actor, Predicate.Attack, target), x.Describe());
    }

    [Theory]
    [InlineData("Norway was deeply alarmed by Belarus's decision.", "Norway", Predicate.Criticize, "Belarus")]
    [InlineData("Chile remains concerned about Bolivia's border closures.", "Chile", Predicate.Criticize, "Bolivia")]
    [InlineData("Ghana is grateful to Japan for its help.", "Ghana", Predicate.Praise, "Japan")]
    public void Extract_WordOfFeeling_IsTheActOfWhoFeelsIt(string text, string actor, Predicate predicate, string target)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(actor, predicate, target), x.Describe());
        Assert.False(x.Has(target, predicate, actor), x.Describe());
    }

    [Fact]
    public void Extract_CallOnSomeoneToAct_IsTheirActNotTheCallers()
    {
        var x = Extract.From("Latvia and the Nordic states called on the European Union to adopt new sanctions against Belarus.");
        Assert.True(x.Has("Latvia", Predicate.Appeal, "European Union"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.ImposeSanctions && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_PledgeToWorkTogether_IsCooperationButAVowToAttackIsNoAttack()
    {
        var x = Extract.From("Nigeria and Ghana pledged to work together on trade. Mali vowed to attack Niger.");
        Assert.Contains(x.Facts, f => f.Predicate == Predicate.Cooperate && f.Status == FactStatus.Asserted);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_JointActOfTwoNamedParties_IsTheirs()
    {
        var x = Extract.From("The joint efforts of Chile and Peru paid off.");
        Assert.True(x.Has("Chile", Predicate.Cooperate, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_ResolutionDemanding_IsTheDemandOfWhoPassedIt()
    {
        var x = Extract.From("The African Union passed a resolution demanding that Sudan withdraw its troops.");
        Assert.True(x.Has("African Union", Predicate.Demand, "Sudan"), x.Describe());
    }

    [Theory]
    [InlineData("Turkey imposed an export ban on Armenia.", "Turkey", "Armenia")]
    [InlineData("The EU approved a ban on Russian oil.", "European Union", "Russia")]
    public void Extract_Ban_IsASanction(string text, string actor, string target)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(actor, Predicate.ImposeSanctions, target), x.Describe());
    }

    [Fact]
    public void Extract_MissileFiredIntoASea_AttacksNeitherTheSeaNorWhoReportsIt()
    {
        var x = Extract.From("Iran fired a ballistic missile into the Arabian Sea on Sunday, Oman's Joint Chiefs of Staff said.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack);
    }

    [Fact]
    public void Extract_WeInAStatement_IsTheIssuingGovernmentNotWhomItCalled()
    {
        var x = Extract.From(
            "Foreign Minister Amara Diallo of Ghana spoke with Prime Minister Tomas Berg of Norway. We support Mali.",
            headline: "Readout of Ghanaian Foreign Minister Amara Diallo's Call with Prime Minister Tomas Berg of Norway");
        Assert.True(x.Has("Ghana", Predicate.Supports, "Mali"), x.Describe());
        Assert.False(x.Has("Norway", Predicate.Supports, "Mali"), x.Describe());
    }

    [Fact]
    public void Extract_WeInAJointStatement_IsEachCountryItsHeadlineNames()
    {
        var x = Extract.From("Together, we call on Bolivia to recommit to the ceasefire.", headline: "Joint Statement on the Chile-Peru Strategic Partnership");
        Assert.True(x.Has("Chile", Predicate.Appeal, "Bolivia"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.Appeal, "Bolivia"), x.Describe());
    }

    [Theory]
    [InlineData("Norway supports Chile's aspirations to join NATO.")]
    [InlineData("Norway supports the aspirations of Chile to join NATO.")]
    public void Extract_InfinitiveAfterANounOfIntending_IsNoAssertedAct(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.MemberOf && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_JointRemarksBySomeoneOfUnknownCountry_LeaveWeToEachSpeaker()
    {
        var x = Extract.From(
            "SENATOR LIND: We thank you for coming.\nTAOISEACH BERG: We support Moldova in its path to the European Union.",
            headline: "Remarks by Senator Ana Lind and Taoiseach Tomas Berg of Ireland");
        Assert.False(x.Has("Ireland", Predicate.Praise, "Tomas Berg"), x.Describe());
        Assert.True(x.Has("Ireland", Predicate.Supports, "Moldova"), x.Describe());
    }

    [Fact]
    public void Extract_JointRemarksOfTwoGovernments_LeaveWeToTheSpeakersOwn()
    {
        var x = Extract.From(
            "PRESIDENT LIND: We thank you for coming.\nPRIME MINISTER BERG: We support Moldova in its path to the European Union.",
            headline: "Remarks by President Ana Lind of Chile and Prime Minister Tomas Berg of Norway");
        Assert.True(x.Has("Norway", Predicate.Supports, "Moldova"), x.Describe());
        Assert.False(x.Has("Chile", Predicate.Supports, "Moldova"), x.Describe());
    }

    [Fact]
    public void Extract_ActInAPhraseOfAPredicateNoun_IsItsSubjects()
    {
        var x = Extract.From("Norway has been a leader in providing food to the people of Yemen.");
        Assert.True(x.Has("Norway", Predicate.Supports, "Yemen"), x.Describe());
    }

    [Theory]
    [InlineData("Chile will impose sanctions on Peru if it closes the border.", Predicate.Warn)]
    [InlineData("Chile will strike Peru unless it withdraws its troops.", Predicate.Threaten)]
    public void Extract_PenaltyPromisedOnACondition_IsAWarningNotThePenalty(string text, Predicate warning)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Chile", warning, "Peru"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate is Predicate.ImposeSanctions or Predicate.Attack && f.Status == FactStatus.Asserted);
    }

    [Theory]
    [InlineData("Chile could impose sanctions on Peru if it closes the border.")]
    [InlineData("Chile would strike Peru if talks failed, analysts said.")]
    public void Extract_PenaltyWeighedAsAPossibility_IsNoWarning(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Facts, f => f.Predicate is Predicate.Warn or Predicate.Threaten);
    }

    [Fact]
    public void Extract_TitledPeopleOfTwoCountriesParsedAsOneCountrysConjunct_AreBothMet()
    {
        var x = Extract.From("Today, President Ana Lind spoke with President Ion Lupu of Moldova and Chancellor Eva Weber of Germany.");
        Assert.True(x.Has("Ana Lind", Predicate.Meet, "Ion Lupu"), x.Describe());
        Assert.True(x.Has("Ana Lind", Predicate.Meet, "Eva Weber"), x.Describe());
    }

    [Fact]
    public void Extract_ActWhoseHonorItIs_IsThePossessors()
    {
        var x = Extract.From("President Ana Lind arrived early. It was her honor to host Prime Minister Tom Reed in the capital.");
        Assert.True(x.Has("Ana Lind", Predicate.Host, "Tom Reed"), x.Describe());
    }

    [Fact]
    public void Extract_WelcomingSomeoneToAPlace_IsHostingThem()
    {
        var x = Extract.From("President Ana Lind welcomed Prime Minister Tom Reed to the White House. Chile welcomed Peru's decision.");
        Assert.True(x.Has("Ana Lind", Predicate.Host, "Tom Reed"), x.Describe());
        Assert.True(x.Has("Chile", Predicate.Praise, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Chile struck Peruvian positions in response.")]
    [InlineData("Chile struck Peruvian targets in retaliation.")]
    public void Extract_SpecificPatternWhosePhraseNamesNoOne_GivesWayToThePlainObject(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Chile", Predicate.Attack, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_NameAfterARoleWordInOneFlatName_IsWhomItNames()
    {
        var x = Extract.From("Chile stands ready to provide assistance to our NATO Ally Norway and to our partner Peru.");
        Assert.True(x.Has("Chile", Predicate.Supports, "Norway"), x.Describe());
        Assert.True(x.Has("Chile", Predicate.Supports, "Peru"), x.Describe());
        Assert.False(x.Has("Chile", Predicate.Supports, "NATO"), x.Describe());
    }

    [Fact]
    public void Extract_ExamplesOfANounThatCouldNameAnAct_AreWhomItNames()
    {
        var x = Extract.From("Chile will continue to work closely with its Allies and partners, including Peru and Bolivia.");
        Assert.True(x.Has("Chile", Predicate.Cooperate, "Peru"), x.Describe());
        Assert.True(x.Has("Chile", Predicate.Cooperate, "Bolivia"), x.Describe());
    }

    [Theory]
    [InlineData("Chile called for the release of Ana Lind, who was arrested on Monday.")]
    [InlineData("Chile demanded Ana Lind's immediate release.")]
    public void Extract_WhoUndergoesADemandedAct_IsNotWhomItIsDemandedOf(string text)
    {
        var x = Extract.From("Ana Lind, a lawyer, was detained in Peru. " + text);
        Assert.DoesNotContain(x.Facts, f => f.Predicate is Predicate.Demand or Predicate.Appeal && x.Entities.First(e => e.Id == f.Object).Name == "Ana Lind");
    }

    [Theory]
    [InlineData("Chile condemned Bolivia's unjustifiable war against Peru.")]
    [InlineData("Chile condemned Bolivia's attack against Peru.")]
    public void Extract_CondemningAnAct_CriticizesItsAuthorNotItsTarget(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Chile", Predicate.Criticize, "Bolivia"), x.Describe());
        Assert.False(x.Has("Chile", Predicate.Criticize, "Peru"), x.Describe());
        Assert.True(x.Has("Bolivia", Predicate.Attack, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_ActCarriedOutByAnAgent_IsTheAgents()
    {
        var x = Extract.From("Chile strongly condemns the missile attack launched by the Dawn Brigade today.");
        Assert.True(x.Has("Chile", Predicate.Criticize, "Dawn Brigade"), x.Describe());
    }

    [Fact]
    public void Extract_FightersOfAGroup_StandForTheGroup()
    {
        var x = Extract.From("Chile condemned the attack on Peru by Islamist militants of the Dawn Brigade.");
        Assert.True(x.Has("Dawn Brigade", Predicate.Attack, "Peru"), x.Describe());
        Assert.True(x.Has("Chile", Predicate.Criticize, "Dawn Brigade"), x.Describe());
    }

    [Fact]
    public void Extract_ActCondemnedByABareNoun_IsTheLatestOfItsKind()
    {
        var x = Extract.From("Peru struck positions of the Dawn Brigade on Monday. Chile condemned the strikes.");
        Assert.True(x.Has("Peru", Predicate.Attack, "Dawn Brigade"), x.Describe());
        Assert.True(x.Has("Chile", Predicate.Criticize, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_ActOfTheOneAccused_IsTheirsNotTheAccusers()
    {
        var x = Extract.From("Chile accused Peru of arming the Dawn Brigade.");
        Assert.True(x.Has("Chile", Predicate.Accuse, "Peru"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => x.Entities.First(e => e.Id == f.Subject).Name == "Chile" && f.Predicate != Predicate.Accuse);
    }

    [Fact]
    public void Extract_OurInAStatement_IsTheIssuingGovernment()
    {
        var x = Extract.From("Our commitment to the defense of Peru is ironclad.", "Statement by the Government of Chile");
        Assert.True(x.Has("Chile", Predicate.Supports, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_NounARelativeClauseWithoutPronounDescribes_IsItsObject()
    {
        var x = Extract.From(
            "We are confident that the deal we struck with Peru will help. The sanctions Chile imposed on Bolivia were lifted.",
            "Statement by the Government of Chile");
        Assert.True(x.Has("Chile", Predicate.Agree, "Peru"), x.Describe());
        Assert.False(x.Has("Chile", Predicate.Attack, "Peru"), x.Describe());
        Assert.True(x.Has("Chile", Predicate.ImposeSanctions, "Bolivia"), x.Describe());
    }

    [Fact]
    public void Extract_GroupActingOnItself_GivesNoFactBetweenItsMembers()
    {
        var x = Extract.From(
            "The two leaders confirmed that Chile and Peru will collaborate in protecting and promoting critical technologies, including through the use of export controls, supporting their respective efforts.");
        Assert.True(x.Has("Chile", Predicate.Cooperate, "Peru"), x.Describe());
        Assert.False(x.Has("Chile", Predicate.Supports, "Peru"), x.Describe());
        Assert.False(x.Has("Peru", Predicate.Supports, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_VisitToASiteInAPlace_IsAVisitToThePlace()
    {
        var x = Extract.From("Envoy Ada Okafor traveled to the Kennedy Space Center in Houston. Minister Tomas Berg visited Lagos in Nigeria.");
        Assert.True(x.Has("Ada Okafor", Predicate.Visit, "Houston"), x.Describe());
        Assert.True(x.Has("Tomas Berg", Predicate.Visit, "Lagos"), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Visit, "Nigeria"), x.Describe());
    }

    [Theory]
    [InlineData("Chile carried out strikes inside Peru on Monday.", "Chile", "Peru")]
    [InlineData("Chile captured the town of Arica.", "Chile", "Arica")]
    [InlineData("Chilean forces seized Lima overnight.", "Chilean forces", "Lima")]
    public void Extract_StrikesInsideAPlaceAndTakingATown_AreAttacks(string text, string actor, string target)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(actor, Predicate.Attack, target), x.Describe());
    }

    [Theory]
    [InlineData("Chile lashed out at Peru on Monday.")]
    [InlineData("Chile railed against Peru at the summit.")]
    [InlineData("Chile castigated Peru for the delay.")]
    public void Extract_WordingsOfCriticism_AreCriticism(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Chile", Predicate.Criticize, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Chile and Peru are doing more together now than ever.")]
    [InlineData("Chile and Peru came together to condemn the attack.")]
    public void Extract_PartiesActingTogether_Cooperate(string text)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Chile", Predicate.Cooperate, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_StandingTogetherWithSomeone_SupportsThem()
    {
        var x = Extract.From("Chile has stood together with the people of Peru in the face of aggression.");
        Assert.True(x.Has("Chile", Predicate.Supports, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Bolivia condemned the Chilean invasion of Peru.", "Bolivia", Predicate.Criticize, "Chile")]
    [InlineData("The Chilean invasion of Peru continued.", "Chile", Predicate.Attack, "Peru")]
    [InlineData("Chilean sanctions on Peru continued.", "Chile", Predicate.ImposeSanctions, "Peru")]
    [InlineData("Chilean airstrikes killed 20 people in Lima on Monday.", "Chile", Predicate.Attack, "Lima")]
    [InlineData("Chilean troops attacked Kharkiv.", "Chilean troops", Predicate.Attack, "Kharkiv")]
    public void Extract_ActsNamedByANationsAdjective_AreThatNationsActs(string text, string actor, Predicate predicate, string target)
    {
        var x = Extract.From(text);
        Assert.True(x.Has(actor, predicate, target), x.Describe());
    }

    [Fact]
    public void Extract_DefendingItselfFromAggression_SupportsNoAggressor()
    {
        var x = Extract.From("They pledged to keep supporting Peru as it defends itself from Chilean aggression.");
        Assert.False(x.Has("Peru", Predicate.Supports, "Chile"), x.Describe());
    }

    [Theory]
    [InlineData("Bolivia warned of the likelihood of further Chilean aggression against Peru.")]
    [InlineData("Bolivia is ready to respond to any further Chilean aggression against Peru.")]
    [InlineData("Bolivia discussed a potential Chilean invasion of Peru.")]
    public void Extract_ActNamedAsAPossibility_IsHypothetical(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Asserted);
        Assert.Contains(x.Facts, f => f.Predicate == Predicate.Attack && f.Status == FactStatus.Hypothetical);
    }

    [Theory]
    [InlineData("Two countries, Chile and Peru, praised Kenya.")]
    [InlineData("Fellow Mercosur members Chile and Peru praised Kenya.")]
    public void Extract_NamesInAppositionToTheSubject_EachAct(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Chile", Predicate.Praise, "Kenya"), x.Describe());
        Assert.True(x.Has("Peru", Predicate.Praise, "Kenya"), x.Describe());
    }

    [Fact]
    public void Extract_PluralRelativeClauseOnTheLastOfAList_IsEveryMembersAct()
    {
        ArticleExtraction x = Extract.From("Chile, Peru and Kenya, which have long criticized Bolivia, abstained.");
        foreach (string country in new[] { "Chile", "Peru", "Kenya" })
        {
            Assert.True(x.Has(country, Predicate.Criticize, "Bolivia"), x.Describe());
        }
    }

    [Theory]
    [InlineData("Foreign Minister Ana Soto led a delegation to Kenya on Monday.", "Ana Soto", Predicate.Visit, "Kenya")]
    [InlineData("The visit followed a telephone conversation between Ana Soto and Tom Reed.", "Ana Soto", Predicate.Meet, "Tom Reed")]
    [InlineData("The visit followed discussions between Ana Soto and Tom Reed.", "Ana Soto", Predicate.Meet, "Tom Reed")]
    [InlineData("As part of their visit, Minister Ana Soto met with representatives from the Kenya Space Agency and the Peruvian Space Agency.", "Ana Soto", Predicate.Meet, "Kenya Space Agency")]
    public void Extract_DelegationsAndConversations_AreVisitsAndMeetings(string text, string actor, Predicate predicate, string target)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has(actor, predicate, target), x.Describe());
    }

    [Fact]
    public void Extract_SigningANamedAgreement_AgreesToIt()
    {
        ArticleExtraction x = Extract.From("Chile signed the Paris Agreement in 2016, and Peru attended the Lima Summit.");
        Assert.True(x.Has("Chile", Predicate.Agree, "Paris Agreement"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Object == x.Entity("Lima Summit")?.Id);
    }

    [Theory]
    [InlineData("The talks followed Chile's signing of the Artemis Accords.")]
    [InlineData("Chile ratified the Artemis Accords in May.")]
    public void Extract_SigningOrRatifyingANamedAgreement_AgreesToIt(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Chile", Predicate.Agree, "Artemis Accords"), x.Describe());
    }

    [Theory]
    [InlineData("Ana Soto expressed appreciation for Chile's leadership of the bloc.")]
    [InlineData("Ana Soto expressed deep gratitude for the work of Chile.")]
    public void Extract_AppreciationForAPartysDeeds_PraisesTheParty(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Ana Soto", Predicate.Praise, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_CallingSomethingByAName_IsNoCall()
    {
        ArticleExtraction x = Extract.From("Chile called Peru's decision regrettable, and Bolivia called Peru to discuss the border.");
        Assert.False(x.Has("Chile", Predicate.Meet, "Peru"), x.Describe());
        Assert.True(x.Has("Bolivia", Predicate.Meet, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Chile pledged $10 million to Peru.", Predicate.Funds)]
    [InlineData("Chile provided weapons to Peru.", Predicate.Supports)]
    [InlineData("Chile imposed tariffs on Peruvian goods.", Predicate.ImposeSanctions)]
    [InlineData("Chile banned imports from Peru.", Predicate.ImposeSanctions)]
    [InlineData("Chile negotiated with Peru.", Predicate.Meet)]
    [InlineData("Chile sued Peru at the International Court of Justice.", Predicate.Accuse)]
    [InlineData("Chile voted against Peru's proposal.", Predicate.Reject)]
    [InlineData("Chile protested to Peru over the arrests.", Predicate.Criticize)]
    public void Extract_CommonWordingsOfTheGuidesActs_GiveThem(string text, Predicate predicate)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Chile", predicate, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_EncouragingSomeoneToAct_IsAnAppeal()
    {
        var x = Extract.From("Chile encouraged Peru to support the plan. Bolivia commended Peru for its work to end the crisis.");
        Assert.True(x.Has("Chile", Predicate.Appeal, "Peru"), x.Describe());
        Assert.False(x.Has("Chile", Predicate.Praise, "Peru"), x.Describe());
        Assert.True(x.Has("Bolivia", Predicate.Praise, "Peru"), x.Describe());
        Assert.False(x.Has("Bolivia", Predicate.Appeal, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_HopingToActOneself_AsksNothingOfWhomTheActReaches()
    {
        var x = Extract.From("Ana Lind hopes to lead the Green Party in a new direction. Chile urged Peru to reopen the border.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate is Predicate.Appeal or Predicate.Demand && x.Entities.First(e => e.Id == f.Object).Name == "Green Party");
        Assert.True(x.Has("Chile", Predicate.Appeal, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_CallingSomeoneByANoun_IsNoCall()
    {
        ArticleExtraction x = Extract.From(
            "President Tomas Berg of Peru is a great leader. I am proud to call him my friend. Bolivia called Peru today.",
            "Statement by President Ana Lind on Peru");
        Assert.False(x.Has("Ana Lind", Predicate.Meet, "Tomas Berg"), x.Describe());
        Assert.True(x.Has("Bolivia", Predicate.Meet, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("The Northern Front claimed responsibility for the attack on Chile.")]
    [InlineData("The Northern Front claimed responsibility for the rocket attack on Chile.")]
    public void Extract_ClaimingResponsibilityForAnAct_IsDoingIt(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.Contains(x.Facts, f => f.Predicate == Predicate.Attack && f.Object == x.Entity("Chile")?.Id && f.Status == FactStatus.Asserted);
    }

    [Fact]
    public void Extract_HostedByX_HasXAsTheHost()
    {
        ArticleExtraction x = Extract.From("Minister Ana Soto will speak at the Lima Forum, hosted by President Tom Reed. Minister Ines Lind was hosted by President Tom Reed in Quito.");
        Assert.False(x.Has("Ana Soto", Predicate.Host, "Tom Reed"), x.Describe());
        Assert.True(x.Has("Tom Reed", Predicate.Host, "Ines Lind"), x.Describe());
    }

    [Theory]
    [InlineData("Bolivia called on all parties, including Chile and Peru, to stop fighting.", Predicate.Appeal)]
    [InlineData("Bolivia imposed sanctions on several countries, including Chile and Peru.", Predicate.ImposeSanctions)]
    public void Extract_TargetsGivenAsExamples_AreEachTargets(string text, Predicate predicate)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Bolivia", predicate, "Chile"), x.Describe());
        Assert.True(x.Has("Bolivia", predicate, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Minister Ana Soto is on a three-day visit to Chile.", "Ana Soto", Predicate.Visit, "Chile")]
    [InlineData("Minister Ana Soto landed in Lima on Monday.", "Ana Soto", Predicate.Visit, "Lima")]
    [InlineData("Minister Ana Soto toured Chile last week.", "Ana Soto", Predicate.Visit, "Chile")]
    [InlineData("Peru and Chile are allies and friends.", "Peru", Predicate.AlliedWith, "Chile")]
    public void Extract_ActNamedByTheSubjectsPredicateNounOrTravelVerb_IsTheSubjects(string text, string actor, Predicate predicate, string target)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has(actor, predicate, target), x.Describe());
    }

    [Theory]
    [InlineData("Chancellor Lena Marsh renewed her invitation to President Ada Okafor to visit Berlin.")]
    [InlineData("Chancellor Lena Marsh reiterated President Tomas Holm's invitation to President Ada Okafor to visit Berlin.")]
    public void Extract_InvitationToSomeoneToAct_IsTheInviteesIntendedAct(string text)
    {
        ArticleExtraction x = Extract.From(text);

        Assert.Contains(x.Facts, f => f.Predicate == Predicate.Visit && f.Subject == "person:ada_okafor" && f.Object == "city:berlin" && f.Status == FactStatus.Intended);
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Visit && f.Subject != "person:ada_okafor");
    }

    [Theory]
    [InlineData("The leaders welcomed the historic visit of President Ada Okafor to Chile earlier this year.")]
    [InlineData("They discussed the upcoming visit of President Ada Okafor to Chile on August 30.")]
    public void Extract_VisitOfSomeoneToAPlace_IsTheirVisit(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Ada Okafor", Predicate.Visit, "Chile"), x.Describe());
    }

    [Theory]
    [InlineData("President Ada Okafor condemned the ongoing atrocities and human rights abuses by Peru's regime.")]
    [InlineData("President Ada Okafor condemned the abuses perpetrated by Peru.")]
    [InlineData("President Ada Okafor condemned the violence committed by Peru's army.")]
    public void Extract_CondemningADeedDoneBySomeone_CriticizesWhoDidIt(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Ada Okafor", Predicate.Criticize, "Peru"), x.Describe());
    }

    [Theory]
    [InlineData("Secretary Ada Okafor met with officials from Chile on Monday.")]
    [InlineData("Secretary Ada Okafor spoke today with representatives from Chile.")]
    public void Extract_MeetingWithOfficialsFromACountry_MeetsThatCountry(string text)
    {
        ArticleExtraction x = Extract.From(text);
        Assert.True(x.Has("Ada Okafor", Predicate.Meet, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_LeadingADelegationToCountriesAColonLists_VisitsEachAndLeadsNoCountry()
    {
        ArticleExtraction x = Extract.From(
            "This week, Coordinator Tomas Berg will lead a delegation of Chilean government officials to three Pacific Island nations: Fiji, Samoa, and Tonga.");

        Assert.True(x.Has("Tomas Berg", Predicate.Visit, "Fiji"), x.Describe());
        Assert.True(x.Has("Tomas Berg", Predicate.Visit, "Tonga"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Leads);
    }
}
