using Graph.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class CallParticipantsTests
{
    private const string Readout =
        "Chancellor Karl Nehammer of Austria held a video call with European leaders today. "
        + "They expressed their support for Moldova. "
        + "Participants in the call included President Alar Karis of Estonia, Prime Minister Kaja Kallas of Estonia "
        + "and President Gitanas Nauseda of Lithuania.";

    [Fact]
    public void Extract_LeadersOfACallListedLater_AreItsParticipants()
    {
        var x = Extract.From(Readout);

        Assert.True(x.Has("Karl Nehammer", Predicate.Meet, "Alar Karis"), x.Describe());
        Assert.True(x.Has("Karl Nehammer", Predicate.Meet, "Gitanas Nauseda"), x.Describe());
        Assert.True(x.Has("Gitanas Nauseda", Predicate.Supports, "Moldova"), x.Describe());
        Assert.True(x.Has("Karl Nehammer", Predicate.Supports, "Moldova"), x.Describe());
    }

    [Fact]
    public void Extract_LeadersWithoutAParticipantList_StayUnresolved()
    {
        var x = Extract.From("Chancellor Karl Nehammer of Austria held a video call with European leaders today. Estonia welcomed the call.");

        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Meet);
    }

    [Fact]
    public void Extract_JointEffortsOfSeveralParties_LinkTheFirstWithEachOtherNotEveryPair()
    {
        var x = Extract.From(Readout + " The leaders discussed their joint efforts on energy security.");

        Assert.True(x.Has("Karl Nehammer", Predicate.Cooperate, "Kaja Kallas"), x.Describe());
        Assert.True(x.Has("Karl Nehammer", Predicate.Cooperate, "Gitanas Nauseda"), x.Describe());
        Assert.False(x.Has("Kaja Kallas", Predicate.Cooperate, "Gitanas Nauseda"), x.Describe());
    }
}
