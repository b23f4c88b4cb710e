using Graph.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class HeadlineMeetingTests
{
    private const string Turns =
        "PRESIDENT OSEI: Good afternoon. Norway is a close friend.\n"
        + "PRIME MINISTER VANG: Thank you for having me.";

    [Fact]
    public void Extract_RemarksBeforeABilateralMeeting_TheSpeakersMeet()
    {
        var x = Extract.From(Turns, headline: "Remarks by President Osei and Prime Minister Vang of Norway Before Bilateral Meeting");

        Assert.True(x.Has("Osei", Predicate.Meet, "Vang"), x.Describe());
        Assert.False(x.Has("Osei", Predicate.Meet, "Norway"), x.Describe());
    }

    [Fact]
    public void Extract_RemarksOfThreeInATrilateralMeeting_TheFirstMeetsEachOther()
    {
        var x = Extract.From(
            "PRESIDENT OSEI: Welcome.\nPRIME MINISTER VANG: Thank you.\nPRESIDENT TAMM: Thank you.",
            headline: "Remarks by President Osei, Prime Minister Vang of Norway, and President Tamm of Estonia in Virtual Trilateral Meeting");

        Assert.True(x.Has("Osei", Predicate.Meet, "Vang"), x.Describe());
        Assert.True(x.Has("Osei", Predicate.Meet, "Tamm"), x.Describe());
        Assert.False(x.Has("Vang", Predicate.Meet, "Tamm"), x.Describe());
    }

    [Fact]
    public void Extract_RemarksInAMeetingOnATopic_AreNoMeetingBetweenTheSpeakers()
    {
        var x = Extract.From(Turns, headline: "Remarks by President Osei and Prime Minister Vang of Norway in a Meeting on Energy");

        Assert.DoesNotContain(x.Facts, f => f.Predicate == Predicate.Meet);
    }
}
