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
        Assert.Equal(actionEvidence.Count(e => e.SourceId is not null), Rows(GraphStatements.EventSources));
        Assert.NotEqual(0, Rows(GraphStatements.EventSources));
    }

    [Fact]
    public void Enumerate_RelationRow_CarriesAggregatedEvidence()
    {
        // Arrange
        var source = TestGraphs.Hostile();
        var demand = source.Relations().Single(r => r.Predicate == Predicate.Demand && r.IsAsserted);

        // Act
        var row = GraphBatches.Enumerate(source).Where(b => b.Statement == GraphStatements.Relation(Predicate.Demand))
            .SelectMany(b => b.Rows).Single(r => (string?)r["id"] == demand.Id);
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
        Assert.Equal("asserted", props["status"]);
        Assert.False(props.ContainsKey("sources"));
        Assert.DoesNotContain(props.Values, v => v is null);
    }

    [Fact]
    public void Enumerate_UnassertedRelation_IsItsOwnRelationship_AndItsEventsCarryStatusAndSource()
    {
        // Arrange: the hostile graph holds an asserted and an alleged DEMAND between the same two entities
        var source = TestGraphs.Hostile();
        var alleged = source.Relations().Single(r => r.Predicate == Predicate.Demand && r.Status == FactStatus.Alleged);
        var evidence = Assert.Single(alleged.Evidence);
        string eventId = alleged.EventId(evidence);

        // Act
        var rows = GraphBatches.Enumerate(source).SelectMany(b => b.Rows.Select(r => (b.Statement, Row: r))).ToList();

        // Assert: two DEMAND relationships, told apart by id and status
        var demands = rows.Where(r => r.Statement == GraphStatements.Relation(Predicate.Demand)).Select(r => Props(r.Row)).ToList();
        Assert.Equal(["alleged", "asserted"], demands.Select(p => (string)p["status"]!).Order(StringComparer.Ordinal));
        var allegedProps = demands.Single(p => (string)p["status"]! == "alleged");
        Assert.Equal(alleged.Id, allegedProps["id"]);
        Assert.Equal([evidence.SourceId!], (string[])allegedProps["sources"]!);

        // The event node says alleged, and points to its source
        var eventProps = Props(rows.Single(r => r.Statement == GraphStatements.EventNodes && (string?)r.Row["id"] == eventId).Row);
        Assert.Equal("alleged", eventProps["status"]);
        var according = rows.Where(r => r.Statement == GraphStatements.EventSources).Select(r => r.Row).Single(r => (string?)r["from"] == eventId);
        Assert.Equal(evidence.SourceId, according["to"]);

        // Every event and every direct relationship carries a status
        Assert.All(rows.Where(r => r.Statement == GraphStatements.EventNodes), r => Assert.True(FactStatuses.TryParse((string?)Props(r.Row)["status"], out _)));
        Assert.All(rows.Where(r => PredicateInfo.All.Any(p => r.Statement == GraphStatements.Relation(p.Predicate))),
            r => Assert.True(FactStatuses.TryParse((string?)Props(r.Row)["status"], out _)));
    }

    private static IReadOnlyDictionary<string, object?> Props(IReadOnlyDictionary<string, object?> row) =>
        (IReadOnlyDictionary<string, object?>)row["props"]!;

    [Fact]
    public void Enumerate_BatchSizeBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphBatches.Enumerate(TestGraphs.Hostile(), 0));
    }

    [Fact]
    public void RowCount_OfTheSourceSize_IsTheNumberOfRowsEnumerated()
    {
        foreach (var source in new[] { TestGraphs.Hostile(), new SampleGraph("").Source })
        {
            Assert.Equal(GraphBatches.Enumerate(source, 7).Sum(b => (long)b.Rows.Count), GraphBatches.RowCount(source.Size()));
        }
    }
}
