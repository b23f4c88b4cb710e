using Graph.Model;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Data;

public sealed class ViewGraphTests
{
    [Fact]
    public void Build_CountsMentionsAndIndexesRelationsBothWays()
    {
        var graph = ViewGraph.Build(TinyGraph.Source());

        Assert.Equal(5, graph.Entity(TinyGraph.A.Id)!.Mentions);
        Assert.Equal(1, graph.Entity(TinyGraph.A.Id)!.ArticleCount);
        Assert.Equal(2, graph.RelationsOf(TinyGraph.B.Id).Count);
        Assert.Equal(2, graph.RelationsOf(TinyGraph.C.Id).Count);
        Assert.Empty(graph.RelationsOf(TinyGraph.E.Id));
        Assert.Equal(3, graph.RelationsIn(TinyGraph.ArticleId).Count);
        Assert.Equal([TinyGraph.A.Id, TinyGraph.B.Id, TinyGraph.C.Id], graph.EntitiesByMentions.Take(3).Select(e => e.Id));
        Assert.Equal(new DateOnly(2021, 2, 1), graph.FirstDate);
        Assert.Equal(new DateOnly(2021, 3, 15), graph.LastDate);
    }

    [Fact]
    public void Build_RelationWithAnUnknownEnd_IsLeftOut()
    {
        var ghost = new Entity("person:ghost", EntityType.Person, "Ghost", []);

        var graph = ViewGraph.Build(TinyGraph.Source(TinyGraph.Fact(ghost, Predicate.Meet, TinyGraph.A, null)));

        Assert.Equal(3, graph.Relations.Count);
    }

    [Theory]
    [InlineData("diaz", "person:angela_diaz")]
    [InlineData("O'NEIL", "person:carl_o_neil")]
    [InlineData("freedon", "country:freedonia")]
    public void Resolve_FindsByNameOrAliasAsSearchDoes(string name, string id)
    {
        Assert.Equal(id, ViewGraph.Build(TinyGraph.Source()).Resolve(name)?.Id);
    }

    [Fact]
    public void Resolve_Nothing_IsNull()
    {
        Assert.Null(ViewGraph.Build(TinyGraph.Source()).Resolve("Nowhere Land"));
    }

    [Theory]
    [InlineData(0, new[] { "person:angela_diaz" })]
    [InlineData(1, new[] { "country:freedonia", "person:angela_diaz" })]
    [InlineData(2, new[] { "country:freedonia", "person:angela_diaz", "person:carl_o_neil" })]
    [InlineData(3, new[] { "country:freedonia", "organization:dia_corp", "person:angela_diaz", "person:carl_o_neil" })]
    public void Subgraph_Around_KeepsEntitiesWithinDepth(int depth, string[] ids)
    {
        var graph = ViewGraph.Build(TinyGraph.Source());

        var part = graph.Subgraph(new SubgraphScope(graph.Entity(TinyGraph.A.Id), depth));

        Assert.Equal(ids, part.Entities.Select(e => e.Id));
        Assert.All(part.Relations, r => Assert.True(part.Entity(r.SubjectId) is not null && part.Entity(r.ObjectId) is not null));
        Assert.Equal(depth, part.Relations.Count);
    }

    [Fact]
    public void Subgraph_Since_KeepsLaterDatedFactsAndTheirEnds()
    {
        var graph = ViewGraph.Build(TinyGraph.Source());

        var part = graph.Subgraph(new SubgraphScope(Since: new DateOnly(2021, 3, 1)));

        Assert.Equal([TinyGraph.C.Id], part.Relations.Select(r => r.SubjectId));
        Assert.Equal([TinyGraph.B.Id, TinyGraph.C.Id], part.Entities.Select(e => e.Id));
        Assert.Equal(2, part.Mentions.Count);
    }

    [Fact]
    public void Subgraph_Whole_IsTheGraphItself()
    {
        var graph = ViewGraph.Build(TinyGraph.Source());

        Assert.Same(graph, graph.Subgraph(SubgraphScope.Whole));
    }
}
