using Graph.Model;

namespace Graph.Extraction.Tests.Facts;

public sealed class VerbFactStageTests
{
    [Theory]
    [InlineData("Ghana demanded that Togo release the detained journalists.", "Ghana", Predicate.Demand, "Togo")]
    [InlineData("Cuba appealed to Mexico for emergency fuel.", "Cuba", Predicate.Appeal, "Mexico")]
    [InlineData("Japan and South Korea held talks with Australia.", "Japan", Predicate.Meet, "Australia")]
    [InlineData("Kenyan President William Ruto visited Ethiopia.", "William Ruto", Predicate.Visit, "Ethiopia")]
    [InlineData("Switzerland hosted Armenia for peace talks.", "Switzerland", Predicate.Host, "Armenia")]
    [InlineData("Qatar mediated between Israel and Hamas.", "Qatar", Predicate.Mediate, "Hamas")]
    [InlineData("Brazil praised Argentina for its handling of the crisis.", "Brazil", Predicate.Praise, "Argentina")]
    [InlineData("Chile signed a trade agreement with Bolivia.", "Chile", Predicate.Agree, "Bolivia")]
    [InlineData("Vietnam will cooperate with India on maritime security.", "Vietnam", Predicate.Cooperate, "India")]
    [InlineData("Serbia condemned Kosovo over the arrests.", "Serbia", Predicate.Criticize, "Kosovo")]
    [InlineData("Japan accused China of violating its airspace.", "Japan", Predicate.Accuse, "China")]
    [InlineData("Morocco rejected Algeria's proposal.", "Morocco", Predicate.Reject, "Algeria")]
    [InlineData("Poland warned Belarus against further provocations.", "Poland", Predicate.Warn, "Belarus")]
    [InlineData("Nigeria threatened Cameroon with sanctions.", "Nigeria", Predicate.Threaten, "Cameroon")]
    [InlineData("Armenia cut diplomatic ties with Azerbaijan.", "Armenia", Predicate.BreakRelations, "Azerbaijan")]
    [InlineData("India imposed sanctions on Pakistan.", "India", Predicate.ImposeSanctions, "Pakistan")]
    [InlineData("Israel attacked Hezbollah positions overnight.", "Israel", Predicate.Attack, "Hezbollah")]
    [InlineData("Russia backs the Wagner Group in Mali.", "Russia", Predicate.Supports, "Wagner Group")]
    [InlineData("Al-Shabaab is funded by Eritrea, the report said.", "Eritrea", Predicate.Funds, "al-Shabab")]
    [InlineData("Hezbollah is loyal to Iran.", "Hezbollah", Predicate.LoyalTo, "Iran")]
    [InlineData("Uganda denied Rwanda any role in the talks.", "Uganda", Predicate.Deny, "Rwanda")]
    [InlineData("Ghana spoke today with Togo about the border.", "Ghana", Predicate.Meet, "Togo")]
    [InlineData("Peru held a phone call with Ecuador on Monday.", "Peru", Predicate.Meet, "Ecuador")]
    [InlineData("Kuwait, a close ally of Egypt, sent aid.", "Kuwait", Predicate.AlliedWith, "Egypt")]
    public void Extract_LexiconTrigger_GivesFact(string sentence, string subject, Predicate predicate, string target)
    {
        var x = Extract.From(sentence);
        Assert.True(x.Has(subject, predicate, target), x.Describe());
    }

    [Fact]
    public void Extract_CoordinatedSubjects_GiveOneFactEach()
    {
        var x = Extract.From("Kenya, Uganda and Tanzania criticized Ethiopia on Monday.");
        Assert.True(x.Has("Kenya", Predicate.Criticize, "Ethiopia"), x.Describe());
        Assert.True(x.Has("Uganda", Predicate.Criticize, "Ethiopia"), x.Describe());
        Assert.True(x.Has("Tanzania", Predicate.Criticize, "Ethiopia"), x.Describe());
        Assert.Equal(3, x.Facts.Count(f => f.Predicate == Predicate.Criticize));
    }

    [Fact]
    public void Extract_CoordinatedVerbsAndParticiple_ShareSubjectAndTarget()
    {
        var x = Extract.From("Peru and Chile severed relations with Venezuela and imposed a trade embargo, accusing it of rigging the vote.");
        foreach (string country in new[] { "Peru", "Chile" })
        {
            Assert.True(x.Has(country, Predicate.BreakRelations, "Venezuela"), x.Describe());
            Assert.True(x.Has(country, Predicate.ImposeSanctions, "Venezuela"), x.Describe());
            Assert.True(x.Has(country, Predicate.Accuse, "Venezuela"), x.Describe());
        }
    }

    [Fact]
    public void Extract_DenialOfCharges_TargetsTheAccusers()
    {
        var x = Extract.From("Norway and Denmark accused Russia of sabotage.\nMoscow denies the charges.");
        Assert.True(x.Has("Russia", Predicate.Deny, "Norway"), x.Describe());
        Assert.True(x.Has("Russia", Predicate.Deny, "Denmark"), x.Describe());
    }

    [Fact]
    public void Extract_QuotedSpeech_GivesNoFact()
    {
        var x = Extract.From("\"Egypt attacked Libya,\" the blogger claimed.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Attack);
    }

    [Fact]
    public void Extract_NounUseOfVerb_GivesNoActiveFact()
    {
        var x = Extract.From("Canada reaffirmed its support for Ukraine.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Supports);
    }

    [Fact]
    public void Extract_CoordinatedVerbAfterTarget_SharesTheActorNotTheTarget()
    {
        var x = Extract.From("Poland criticized Hungary for the veto and warned Austria against the move.");
        Assert.True(x.Has("Poland", Predicate.Warn, "Austria"), x.Describe());
        Assert.False(x.Has("Hungary", Predicate.Warn, "Austria"), x.Describe());
    }

    [Fact]
    public void Extract_VerbAfterApposition_DoesNotTakeTheAppositionsTarget()
    {
        var x = Extract.From("Hungary, a member of the European Union, has opposed further sanctions.");
        Assert.True(x.Has("Hungary", Predicate.MemberOf, "European Union"), x.Describe());
        Assert.False(x.Has("Hungary", Predicate.Opposes, "European Union"), x.Describe());
        Assert.False(x.Has("Hungary", Predicate.ImposeSanctions, "European Union"), x.Describe());
    }

    [Fact]
    public void Extract_CallAfterMeeting_DoesNotTargetWhomWasMet()
    {
        var x = Extract.From("Kenya met Uganda in Nairobi and called for an end to the fighting.");
        Assert.True(x.Has("Kenya", Predicate.Meet, "Uganda"), x.Describe());
        Assert.False(x.Has("Kenya", Predicate.Demand, "Uganda"), x.Describe());
        Assert.False(x.Has("Kenya", Predicate.Attack, "Uganda"), x.Describe());
    }

    [Fact]
    public void Extract_InflectedMediateTalksBetween_MediatesEachPartyWhoMeet()
    {
        var x = Extract.From("Norway and Turkey mediated secret talks between Armenia and Azerbaijan last month.");
        Assert.True(x.Has("Norway", Predicate.Mediate, "Armenia"), x.Describe());
        Assert.True(x.Has("Turkey", Predicate.Mediate, "Azerbaijan"), x.Describe());
        Assert.True(x.Has("Armenia", Predicate.Meet, "Azerbaijan"), x.Describe());
    }

    [Fact]
    public void Extract_HostedTalksBetween_HostsEachPartyWhoMeet()
    {
        var x = Extract.From("Oman hosted talks between Iran and the United States on Saturday.");
        Assert.True(x.Has("Oman", Predicate.Host, "Iran"), x.Describe());
        Assert.True(x.Has("Oman", Predicate.Host, "United States"), x.Describe());
        Assert.True(x.Has("Iran", Predicate.Meet, "United States"), x.Describe());
    }

    [Fact]
    public void Extract_BothSidesAsTarget_AreTheTwoPartiesNamedBeforeNotTheActor()
    {
        var x = Extract.From("Fighting between Ethiopia and Eritrea resumed on Monday. The United Nations urged both sides to stop the fighting.");
        Assert.True(x.Has("United Nations", Predicate.Appeal, "Ethiopia"), x.Describe());
        Assert.True(x.Has("United Nations", Predicate.Appeal, "Eritrea"), x.Describe());
    }

    [Fact]
    public void Extract_TheTwoLeadersOpeningAClause_AreThePeopleJustNamed()
    {
        var x = Extract.From("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris, and the two leaders criticized Russia.");
        Assert.True(x.Has("Olaf Scholz", Predicate.Criticize, "Russia"), x.Describe());
        Assert.True(x.Has("Emmanuel Macron", Predicate.Criticize, "Russia"), x.Describe());
    }

    [Fact]
    public void Extract_PairWithOnlyOnePartyBefore_GivesNoFact()
    {
        var x = Extract.From("Mali held elections. The African Union urged both parties to accept the result.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Appeal);
    }

    [Fact]
    public void Extract_CoordinatedActorsAgreeTo_AgreeWithEachOther()
    {
        var x = Extract.From("Chile and Peru agreed to reopen the border crossing.");
        Assert.True(x.Has("Chile", Predicate.Agree, "Peru"), x.Describe());
    }

    [Fact]
    public void Extract_AgreementBetween_IsAnAgreementOfTheParties()
    {
        var x = Extract.From("Officials praised the agreement between Greece and Turkey on migration.");
        Assert.True(x.Has("Greece", Predicate.Agree, "Turkey"), x.Describe());
    }

    [Fact]
    public void Extract_ThreatenedToImposeSanctions_IsAThreatNotSanctions()
    {
        var x = Extract.From("The European Union threatened to impose sanctions on Belarus.");
        Assert.True(x.Has("European Union", Predicate.Threaten, "Belarus"), x.Describe());
        Assert.False(x.Has("European Union", Predicate.ImposeSanctions, "Belarus"), x.Describe());
    }

    [Fact]
    public void Extract_UrgedToAgree_IsAnAppealNotAnAgreement()
    {
        var x = Extract.From("Norway urged Colombia and the rebels to agree to a truce. Canada urged Chile to meet Peru.");
        Assert.True(x.Has("Norway", Predicate.Appeal, "Colombia"), x.Describe());
        Assert.DoesNotContain(x.Facts, f => f.Predicate is Predicate.Agree or Predicate.Meet);
    }

    [Fact]
    public void Extract_RefusedOrModalActs_AreNotTheAct()
    {
        var x = Extract.From("Serbia refused to meet Kosovo officials. Russia could attack Moldova. Poland did not criticize Hungary.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate is Predicate.Meet or Predicate.Attack or Predicate.Criticize);
    }

    [Fact]
    public void Extract_RejectedTheAppeal_TargetsTheLatestAppealsToTheActorOrItsCountry()
    {
        var x = Extract.From(
            "Chile urged Peru to free the prisoners. Argentine President Javier Milei and Uruguayan President Luis Lacalle Pou urged Peru on Monday to hold talks. "
            + "Peruvian President Dina Boluarte rejected the appeal.");
        Assert.True(x.Has("Dina Boluarte", Predicate.Reject, "Javier Milei"), x.Describe());
        Assert.True(x.Has("Dina Boluarte", Predicate.Reject, "Luis Lacalle Pou"), x.Describe());
        Assert.False(x.Has("Dina Boluarte", Predicate.Reject, "Chile"), x.Describe());
    }

    [Fact]
    public void Extract_RejectedTheProtest_TargetsTheCritic()
    {
        var x = Extract.From("Japan condemned China over the incident. China rejected the protest.");
        Assert.True(x.Has("China", Predicate.Reject, "Japan"), x.Describe());
    }

    [Fact]
    public void Extract_NationalityAndBody_IsAnOrganizationThatActs()
    {
        var x = Extract.From("Vietnam condemned the Chinese coast guard on Monday. The Israeli military attacked Hezbollah.");
        Assert.Equal(EntityType.Organization, x.Entity("Chinese coast guard")?.Type);
        Assert.True(x.Has("Vietnam", Predicate.Criticize, "Chinese coast guard"), x.Describe());
        Assert.True(x.Has("Israeli military", Predicate.Attack, "Hezbollah"), x.Describe());
    }

    [Fact]
    public void Extract_TalksBetweenPersonAndRepresentativesOfGroup_PairsTheTwoParties()
    {
        var x = Extract.From("Qatar hosted talks between Afghan President Ashraf Ghani and envoys of the Taliban in Doha.");
        Assert.True(x.Has("Qatar", Predicate.Host, "Ashraf Ghani"), x.Describe());
        Assert.True(x.Has("Qatar", Predicate.Host, "Taliban"), x.Describe());
        Assert.True(x.Has("Ashraf Ghani", Predicate.Meet, "Taliban"), x.Describe());
    }

    [Fact]
    public void Extract_GerundAfterConjunction_SharesTheMainActor()
    {
        var x = Extract.From("Turkey criticized Sweden on Friday after hosting Finland in Ankara.");
        Assert.True(x.Has("Turkey", Predicate.Host, "Finland"), x.Describe());
        Assert.False(x.Has("Sweden", Predicate.Host, "Finland"), x.Describe());
    }

    [Fact]
    public void Extract_CriticizedTheArrestOfAPerson_IsNoCriticismOfThePerson()
    {
        var x = Extract.From("Russian opposition leader Alexei Navalny spoke on Monday. Germany condemned the arrest of Alexei Navalny.");
        Assert.False(x.Has("Germany", Predicate.Criticize, "Alexei Navalny"), x.Describe());
    }

    [Fact]
    public void Extract_WellKnownInternationalBodies_AreOrganizations()
    {
        var x = Extract.From("The Organization of American States criticized Nicaragua. Ecuador joined the Nuclear Suppliers Group.");
        Assert.Equal(EntityType.Organization, x.Entity("Organization of American States")?.Type);
        Assert.True(x.Has("Organization of American States", Predicate.Criticize, "Nicaragua"), x.Describe());
        Assert.Equal(EntityType.Organization, x.Entity("Nuclear Suppliers Group")?.Type);
    }
}
