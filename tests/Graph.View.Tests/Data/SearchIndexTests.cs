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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Find_OnALargerGraph_GivesWhatRankingEveryHitGives(int seed)
    {
        var graph = ViewGraph.Build(RandomGraph.Source(seed));
        string[] queries = ["a", "o", "n", "an", "ka", "bo", "ano", "lu ma", "ga h", "xyz"];
        foreach (string query in queries)
        {
            foreach (var type in new EntityType?[] { null, EntityType.Person })
            {
                var expected = Reference(graph, query, type);
                var found = graph.Search.Find(query, type, 15, out int total);
                Assert.Equal(expected.Count, total);
                Assert.Equal(expected.Take(15), found.Select(m => (m.Entity.Id, m.Matched, m.Rank)));
            }
        }
    }

    // Every hit of every name and alias ranked on its own, the best per entity kept (the earlier spelling on a tie),
    // then sorted by rank, mentions, name and id.
    private static List<(string Id, string Matched, int Rank)> Reference(ViewGraph graph, string query, EntityType? type)
    {
        string folded = NameFolding.Fold(query);
        var best = new List<(ViewEntity Entity, string Matched, int Rank)>();
        foreach (var entity in graph.Entities.Where(e => type is null || e.Type == type))
        {
            (string Matched, int Rank)? own = null;
            foreach (string spelling in entity.Entity.Aliases.Prepend(entity.Name))
            {
                string name = NameFolding.Fold(spelling);
                for (int at = name.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = name.IndexOf(folded, at + 1, StringComparison.Ordinal))
                {
                    int rank = at == 0 ? 0 : name[at - 1] == ' ' ? 1 : 2;
                    if (own is null || rank < own.Value.Rank)
                    {
                        own = (spelling, rank);
                    }
                }
            }

            if (own is { } match)
            {
                best.Add((entity, match.Matched, match.Rank));
            }
        }

        return
        [
            .. best.OrderBy(m => m.Rank).ThenByDescending(m => m.Entity.Mentions).ThenBy(m => m.Entity.Name, StringComparer.Ordinal)
                .ThenBy(m => m.Entity.Id, StringComparer.Ordinal).Select(m => (m.Entity.Id, m.Matched, m.Rank)),
        ];
    }
}
