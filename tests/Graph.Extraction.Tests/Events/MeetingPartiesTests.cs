using Graph.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class MeetingPartiesTests
{
    [Fact]
    public void Extract_TheLeadersAfterACall_AreTheCallsParties()
    {
        var x = Extract.From(
            "Chancellor Karl Nehammer of Austria spoke today with President Alar Karis of Estonia. "
            + "The leaders condemned Belarus for the border incidents. They expressed their support for Moldova.");
        Assert.True(x.Has("Karl Nehammer", Predicate.Meet, "Alar Karis"), x.Describe());
        Assert.True(x.Has("Karl Nehammer", Predicate.Criticize, "Belarus"), x.Describe());
        Assert.True(x.Has("Alar Karis", Predicate.Criticize, "Belarus"), x.Describe());
        Assert.True(x.Has("Alar Karis", Predicate.Supports, "Moldova"), x.Describe());
    }

    [Fact]
    public void Extract_TheyAfterAnOlderCoordination_AreTheLaterMeetingsParties()
    {
        var x = Extract.From(
            "Tensions between Serbia and Kosovo rose this week. "
            + "President Alar Karis of Estonia spoke with Prime Minister Kaja Kallas on Monday. They condemned Belarus.");
        Assert.True(x.Has("Alar Karis", Predicate.Criticize, "Belarus"), x.Describe());
        Assert.False(x.Has("Serbia", Predicate.Criticize, "Belarus"), x.Describe());
    }

    [Fact]
    public void Extract_TheyAfterALaterCoordination_KeepTheCoordination()
    {
        var x = Extract.From(
            "President Alar Karis of Estonia spoke with Prime Minister Kaja Kallas on Monday. "
            + "Later, Latvia and Lithuania issued a statement. They condemned Belarus.");
        Assert.True(x.Has("Latvia", Predicate.Criticize, "Belarus"), x.Describe());
        Assert.False(x.Has("Alar Karis", Predicate.Criticize, "Belarus"), x.Describe());
    }

    [Fact]
    public void Extract_TheyAfterTheLeadersDiscussedOthers_AreStillTheLeaders()
    {
        var x = Extract.From(
            "President Alar Karis of Estonia spoke with Prime Minister Kaja Kallas on Monday. "
            + "The two leaders discussed regional stability, including in Serbia and Kosovo. They condemned Belarus.");
        Assert.True(x.Has("Alar Karis", Predicate.Criticize, "Belarus"), x.Describe());
        Assert.False(x.Has("Serbia", Predicate.Criticize, "Belarus"), x.Describe());
    }

    [Fact]
    public void Extract_TheTwoDelegations_AreTheCountriesTheArticleIsAbout()
    {
        var x = Extract.From(
            "Readout of the Visit of the Norwegian Delegation to Kenya\n\n"
            + "Foreign Minister Ada Okafor led the Norwegian delegation to Nairobi and met President Tomas Weir and Kenyan officials. "
            + "Norway and Kenya share a long friendship. Minister Okafor thanked President Weir and his team. "
            + "The two delegations agreed to hold regular consultations.");
        Assert.True(x.Has("Norway", Predicate.Agree, "Kenya") || x.Has("Kenya", Predicate.Agree, "Norway"), x.Describe());
        Assert.False(x.Has("Ada Okafor", Predicate.Agree, "Tomas Weir"), x.Describe());
    }

    [Fact]
    public void Extract_TheLeadersWithoutAMeeting_GiveNoActor()
    {
        var x = Extract.From("The leaders condemned Belarus for the border incidents.");
        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Criticize);
    }

    [Fact]
    public void Extract_MeetingWithAnOfficialNamedAfterABody_MeetsTheOfficialNotTheBody()
    {
        var x = Extract.From("Adviser Tomas Berg met with Danish Maritime Planning Secretariat Secretary General Ida Lund in Oslo.");
        Assert.True(x.Has("Tomas Berg", Predicate.Meet, "Ida Lund"), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Meet, "Maritime Planning Secretariat"), x.Describe());
    }

    [Fact]
    public void Extract_MeetingWithAnOfficialOfACountrysBody_MeetsTheOfficialNotTheCountry()
    {
        var x = Extract.From(
            "Adviser Tomas Berg met with Danish Maritime Planning Secretariat Secretary General Ida Lund and ROK Coastal Audit Office Director Kim Min-jae for talks.");
        Assert.True(x.Has("Tomas Berg", Predicate.Meet, "Kim Min-jae"), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Meet, "South Korea"), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Meet, "Coastal Audit Office"), x.Describe());
    }

    [Fact]
    public void Extract_TwoPeopleMeetingUnnamedOthers_DoNotMeetEachOther()
    {
        var others = Extract.From("President Ana Lind and Minister Tom Reed met with a group of mayors on Monday.");
        Assert.DoesNotContain(others.Facts, f => f.Predicate == Predicate.Meet);
        var each = Extract.From("President Ana Lind and Minister Tom Reed met today in Lima.");
        Assert.True(each.Has("Ana Lind", Predicate.Meet, "Tom Reed"), each.Describe());
    }

    [Theory]
    [InlineData("Adviser Tomas Berg met today with Minister Ana Soto of Peru in London, United Kingdom.", "United Kingdom")]
    [InlineData("Adviser Tomas Berg met with Minister Ana Soto and Minister Ivo Kral of Peru at the White House.", "United States")]
    public void Extract_PlaceOfAMeeting_IsNoPartnerOfIt(string text, string place)
    {
        var x = Extract.From(text);
        Assert.True(x.Has("Tomas Berg", Predicate.Meet, "Ana Soto"), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Meet, place), x.Describe());
        Assert.False(x.Has("Tomas Berg", Predicate.Meet, "White House"), x.Describe());
    }
}

