using Graph.Model;

namespace Graph.Extraction.Tests.TimePlace;

public sealed class TimePlaceStageTests
{
    [Fact]
    public void Extract_WeekdayAndCity_DateAndPlaceTheFact()
    {
        // 2024-03-14 is a Thursday; "on Monday" is 2024-03-11.
        var x = Extract.From("Kenya criticized Ethiopia on Monday in Nairobi.", published: new DateOnly(2024, 3, 14));
        var fact = x.Facts.Single(f => f.Predicate == Predicate.Criticize);
        Assert.Equal(new DateOnly(2024, 3, 11), fact.Date);
        Assert.Equal("city:nairobi", fact.Place);
    }

    [Fact]
    public void Extract_MonthBeforePublication_ResolvesToThatMonth()
    {
        var x = Extract.From("Armenia cut ties with Azerbaijan in November.", published: new DateOnly(2024, 2, 1));
        Assert.Equal(new DateOnly(2023, 11, 1), x.Facts.Single(f => f.Predicate == Predicate.BreakRelations).Date);
    }

    [Fact]
    public void Extract_NoPublicationDate_LeavesDateUnknown()
    {
        var x = Extract.From("Kenya criticized Ethiopia on Monday.");
        Assert.Null(x.Facts.Single(f => f.Predicate == Predicate.Criticize).Date);
    }

    [Fact]
    public void Extract_NoRelativeDate_UsesPublicationDate()
    {
        var x = Extract.From("Kenya criticized Ethiopia.", published: new DateOnly(2024, 3, 14));
        Assert.Equal(new DateOnly(2024, 3, 14), x.Facts.Single(f => f.Predicate == Predicate.Criticize).Date);
    }
}
