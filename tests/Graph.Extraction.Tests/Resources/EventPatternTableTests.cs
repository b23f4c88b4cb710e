using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Tests.Resources;

public sealed class EventPatternTableTests
{
    private static EventPattern Row(string lemma, EventPos pos, Predicate predicate) =>
        new(lemma, pos, null, [], EventTarget.Object, predicate, "190", EventPattern.ProjectOrigin);

    [Fact]
    public void WithLemma_GivesThatLemmasPatternsInFileOrder()
    {
        var table = new EventPatternTable([Row("strike", EventPos.Verb, Predicate.Attack), Row("war", EventPos.Noun, Predicate.Attack), Row("strike", EventPos.Noun, Predicate.Attack)]);

        Assert.Equal([EventPos.Verb, EventPos.Noun], table.WithLemma("strike").Select(p => p.Pos));
        Assert.Equal(EventPos.Noun, Assert.Single(table.WithLemma("strike", EventPos.Noun)).Pos);
        Assert.Empty(table.WithLemma("Strike"));
        Assert.Equal(3, table.All.Count);
    }
}
