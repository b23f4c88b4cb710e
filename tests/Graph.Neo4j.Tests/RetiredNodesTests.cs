using Graph.Model;
using Graph.Neo4j.Tests.Support;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

/// <summary>Entities merged away after a push: the next push deletes their nodes and the events their relations had.</summary>
public sealed class RetiredNodesTests
{
    private const string Article = "article:00000000000000a1";
    private const string Full = "person:amara_okafor";
    private const string Surname = "person:okafor";
    private const string Target = "country:borduria";

    [Fact]
    public async Task PushAsync_AfterAMerge_LeavesTheGraphAFreshPushOfTheMergedGraphWouldMake_AndAgainChangesNothing()
    {
        var server = new InMemoryNeo4j();
        var pusher = new Neo4jPusher(server, new Neo4jPushOptions { BatchSize = 2 });
        var before = Graph(merged: false);
        await pusher.PushAsync(before);
        var after = Graph(merged: true);
        var retired = new InMemoryGraphSource(after.Articles(), after.Entities(), after.Mentions(), after.Relations())
        {
            RetiredEntities = [Surname],
            RetiredEvents = before.Relations().Where(r => r.SubjectId == Surname).SelectMany(r => r.Evidence.Select(r.EventId)).ToList(),
        };
        var fresh = new InMemoryNeo4j();
        await new Neo4jPusher(fresh, null).PushAsync(after);

        var result = await pusher.PushAsync(retired);
        var again = await pusher.PushAsync(retired);

        Assert.Equal(2, result.Counters.NodesDeleted);
        Assert.Equal(fresh.Snapshot(), server.Snapshot());
        Assert.True(again.ChangedNothing);
    }

    [Fact]
    public void Enumerate_DeletesFirst_EntitiesThenEvents_AndCountsTheRows()
    {
        var source = new InMemoryGraphSource([], [], [], []) { RetiredEntities = ["person:a", "person:b"], RetiredEvents = ["event:1"] };

        var batches = GraphBatches.Enumerate(source, 1).ToList();

        Assert.Equal([GraphStatements.RetiredEntities, GraphStatements.RetiredEntities, GraphStatements.RetiredEvents], batches.Select(b => b.Statement));
        Assert.Equal(3, GraphBatches.RowCount(source.Size()));
        Assert.Equal("UNWIND $rows AS row\nMATCH (x:Entity {id: row.id})\nDETACH DELETE x", GraphStatements.RetiredEntities.Text);
        Assert.Equal("UNWIND $rows AS row\nMATCH (x:Event {id: row.id})\nDETACH DELETE x", GraphStatements.RetiredEvents.Text);
    }

    [Fact]
    public void Script_DeletesRetiredNodesBeforeAnyMerge_AndAGraphWithoutThemHasNoDelete()
    {
        var graph = Graph(merged: true);
        var retired = new InMemoryGraphSource(graph.Articles(), graph.Entities(), graph.Mentions(), graph.Relations()) { RetiredEntities = [Surname] };

        string script = Script(retired);

        Assert.Contains("// Batch 1: delete:Entity, rows: 1\nUNWIND [\n  {id: 'person:okafor'}\n] AS row\nMATCH (x:Entity {id: row.id})\nDETACH DELETE x;\n", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf("DETACH DELETE", StringComparison.Ordinal) < script.IndexOf("\nMERGE (", StringComparison.Ordinal));
        Assert.DoesNotContain("DELETE", Script(graph), StringComparison.Ordinal);
    }

    [Fact]
    public void DeletionStatements_AreTheOnlyOnesThatDelete_AndMatchByALabelFromTheClosedSet()
    {
        Assert.All(GraphStatements.Deletions.Take(2), s => Assert.Matches(@"^UNWIND \$rows AS row\nMATCH \(x:(Entity|Event) \{id: row\.id\}\)\nDETACH DELETE x$", s.Text));
        Assert.All(GraphStatements.Deletions.Skip(2), s => Assert.Matches(
            @"^UNWIND \$rows AS row\nMATCH \(a:(Entity|Event) \{id: row\.from\}\)\nMATCH \(b:(Entity|Article) \{id: row\.to\}\)\nMATCH \(a\)-\[x( \{id: row\.id\}|:(MENTIONED_IN|IN_PLACE|ACCORDING_TO))\]->\(b\)\nDELETE x$",
            s.Text));
        Assert.Equal(GraphStatements.Deletions.Concat(GraphStatements.All), GraphStatements.Batched);
        Assert.DoesNotContain(GraphStatements.All, s => s.Body.Contains("DELETE", StringComparison.Ordinal));
    }

    private static string Script(IGraphSource source)
    {
        using var writer = new StringWriter();
        CypherScriptWriter.Write(source, writer);
        return writer.ToString();
    }

    // Before the merge "Okafor" and "Amara Okafor" each accuse Borduria; after it, one entity holds both sentences.
    private static InMemoryGraphSource Graph(bool merged)
    {
        var article = new StoredArticle(Article, "a.txt", "Accusations", new DateOnly(2024, 5, 1), null, null, "a1");
        Evidence Sentence(int index) => new(Article, index, $"Sentence {index}.", new TextSpan(index * 10, (index * 10) + 9), null, null, 0.9, null);
        Relation Accuse(string subject, params Evidence[] evidence) =>
            new(StableId.Relation(subject, Predicate.Accuse, Target, null, FactStatus.Asserted), subject, Predicate.Accuse, Target, null, FactStatus.Asserted, evidence);
        var borduria = new Entity(Target, EntityType.Country, "Borduria", []);
        if (merged)
        {
            return new InMemoryGraphSource(
                [article],
                [new Entity(Full, EntityType.Person, "Amara Okafor", ["Okafor", "President Okafor"]), borduria],
                [new Mention(Full, Article, 2), new Mention(Target, Article, 2)],
                [Accuse(Full, Sentence(0), Sentence(1))]);
        }

        return new InMemoryGraphSource(
            [article],
            [new Entity(Full, EntityType.Person, "Amara Okafor", ["President Okafor"]), new Entity(Surname, EntityType.Person, "Okafor", ["President Okafor"]), borduria],
            [new Mention(Full, Article, 1), new Mention(Surname, Article, 1), new Mention(Target, Article, 2)],
            [Accuse(Full, Sentence(0)), Accuse(Surname, Sentence(1))]);
    }
}
