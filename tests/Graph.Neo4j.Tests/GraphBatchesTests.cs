using Graph.Model;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests;

public sealed class GraphBatchesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public void Enumerate_CoversTheWholeGraph_NodesBeforeRelationships(int batchSize)
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var relations = source.Relations().ToList();
        var actionEvidence = relations.Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).ToList();

        // Act
        var batches = GraphBatches.Enumerate(source, batchSize).ToList();

        // Assert
        Assert.All(batches, b => Assert.InRange(b.Rows.Count, 1, batchSize));
        Assert.Equal(Enumerable.Range(1, batches.Count), batches.Select(b => b.Number));
        int firstRelationship = batches.FindIndex(b => b.Statement.IsRelationship);
        Assert.DoesNotContain(batches.Skip(firstRelationship), b => !b.Statement.IsRelationship);

        int Rows(CypherStatement statement) => batches.Where(b => b.Statement == statement).Sum(b => b.Rows.Count);
        Assert.Equal(source.Articles().Count(), Rows(GraphStatements.ArticleNodes));
        Assert.Equal(source.Entities().Count(), Enum.GetValues<EntityType>().Sum(t => Rows(GraphStatements.EntityNodes(t))));
        Assert.Equal(actionEvidence.Count, Rows(GraphStatements.EventNodes));
        Assert.Equal(source.Mentions().Count(), Rows(GraphStatements.Mentions));
        Assert.Equal(relations.Count, PredicateInfo.All.Sum(p => Rows(GraphStatements.Relation(p.Predicate))));
        Assert.Equal(actionEvidence.Count, Rows(GraphStatements.EventActors));
        Assert.Equal(actionEvidence.Count, Rows(GraphStatements.EventTargets));
        Assert.Equal(actionEvidence.Count(e => e.PlaceId is not null), Rows(GraphStatements.EventPlaces));
        Assert.Equal(actionEvidence.Count, Rows(GraphStatements.EventArticles));
    }

    [Fact]
    public void Enumerate_RelationRow_CarriesAggregatedEvidence()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var demand = source.Relations().Single(r => r.Predicate == Predicate.Demand);

        // Act
        var row = GraphBatches.Enumerate(source).Where(b => b.Statement == GraphStatements.Relation(Predicate.Demand))
            .SelectMany(b => b.Rows).Single();
        var props = (IReadOnlyDictionary<string, object?>)row["props"]!;

        // Assert
        Assert.Equal(demand.SubjectId, row["from"]);
        Assert.Equal(demand.ObjectId, row["to"]);
        Assert.Equal(demand.Id, props["id"]);
        Assert.Equal((long)demand.Evidence.Count, props["count"]);
        Assert.Equal(demand.Evidence.Select(e => e.ArticleId), (string[])props["articles"]!);
        Assert.Equal(demand.Evidence.Select(e => e.Sentence), (string[])props["sentences"]!);
        Assert.Equal(new DateOnly(2017, 10, 22), props["firstDate"]);
        Assert.Equal("100", props["cameo"]);
        Assert.False(props.ContainsKey("title"));
        Assert.DoesNotContain(props.Values, v => v is null);
    }

    [Fact]
    public void Enumerate_BatchSizeBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphBatches.Enumerate(TestGraphs.Hostile(), 0));
    }
}
