using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class EventNamesTests
{
    [Fact]
    public void Extract_CapitalizedNameEndingInAnEventHeadWord_IsAnEvent()
    {
        var x = Extract.From("Ministers gathered for the Northern Harbour Trade Summit. The Riverside Water Dialogue resumes next year.");

        Assert.Equal(EntityType.Event, x.Entity("Northern Harbour Trade Summit")?.Type);
        Assert.Equal(EntityType.Event, x.Entity("Riverside Water Dialogue")?.Type);
    }

    [Fact]
    public void Extract_EventNameOpeningWithAKnownCity_IsTheWholeEvent()
    {
        var x = Extract.From("She spoke at the Paris Water Conference last week.");

        Assert.Equal(EntityType.Event, x.Entity("Paris Water Conference")?.Type);
    }

    [Fact]
    public void Extract_EventHeadWordBeforeOf_NamesTheWholeEvent()
    {
        var x = Extract.From("The elders signed the Declaration of Rivermouth in the old hall.");

        Assert.Equal(EntityType.Event, x.Entity("Declaration of Rivermouth")?.Type);
    }

    [Fact]
    public void Extract_WeekdayInsideAName_IsPartOfIt()
    {
        var x = Extract.From("Both parties said the Black Tuesday Accords still hold.");

        Assert.Equal(EntityType.Event, x.Entity("Black Tuesday Accords")?.Type);
    }

    [Fact]
    public void Extract_NameBeforeAPossessiveEventHead_IsTheEventNotAPerson()
    {
        var x = Extract.From("Good evening, and happy holidays. And St. Brendan's Day, then, is a day for the whole town to share.");

        Assert.Equal(EntityType.Event, x.Entity("St. Brendan's Day")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_PluralSummitsName_IsAnEvent()
    {
        var x = Extract.From("Leaders met at the Harbour AI Safety Summits.");
        Assert.Equal(EntityType.Event, x.Entity("Harbour AI Safety Summits")?.Type);
    }
}
