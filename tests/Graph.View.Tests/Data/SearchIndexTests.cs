using Graph.Model;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Data;

public sealed class SearchIndexTests
{
    private readonly ViewGraph _graph = ViewGraph.Build(TinyGraph.Source());

    [Fact]
    public void Find_NamePrefixBeforeWordPrefixBeforeInsideAWord()
    {
        var matches = _graph.Search.Find("di", null);

        // "Dia Corp" starts with it; "Díaz" (an alias of Ángela Díaz) too; nothing else holds "di".
        Assert.Equal([TinyGraph.A.Id, TinyGraph.D.Id], matches.Select(m => m.Entity.Id));
        Assert.All(matches, m => Assert.Equal(0, m.Rank));
        Assert.Equal("Díaz", matches[0].Matched);
    }

    [Fact]
    public void Find_WordPrefix_RanksAboveSubstring()
    {
        var matches = _graph.Search.Find("ei", null);

        var carl = Assert.Single(matches);
        Assert.Equal(TinyGraph.C.Id, carl.Entity.Id);
        Assert.Equal(2, carl.Rank);
        Assert.Equal(1, _graph.Search.Find("corp", null).Single().Rank);
    }

    [Fact]
    public void Find_EqualRank_MoreMentionsFirst()
    {
        var matches = _graph.Search.Find("e", null);

        var firstRank = matches.TakeWhile(m => m.Rank == 0).Select(m => m.Entity.Mentions).ToList();
        Assert.Equal(firstRank.OrderDescending(), firstRank);
    }

    [Fact]
    public void Find_Type_KeepsThatTypeOnly()
    {
        Assert.Equal([TinyGraph.D.Id], _graph.Search.Find("di", EntityType.Organization).Select(m => m.Entity.Id));
    }

    [Theory]
    [InlineData("ANGELA DIAZ")]
    [InlineData("angela-diaz")]
    [InlineData("Ángela   Díaz")]
    public void Find_SpellingVariants_FindTheEntity(string query)
    {
        Assert.Equal(TinyGraph.A.Id, _graph.Search.Find(query, null).First().Entity.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—")]
    public void Find_NothingToLookFor_FindsNothing(string query)
    {
        Assert.Empty(_graph.Search.Find(query, null));
    }

    [Fact]
    public void Find_NeverCrossesFromOneNameIntoTheNext()
    {
        // The folded names lie end to end; "freedonia ang" would span two of them if separators were spaces.
        Assert.Empty(_graph.Search.Find("corp ang", null));
    }
}
