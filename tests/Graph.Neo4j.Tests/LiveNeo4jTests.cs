using Graph.Bolt;
using Graph.Model;
using Graph.Neo4j.Queries;
using Graph.Neo4j.Tests.Support;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

/// <summary>
/// Against a real Neo4j (docker compose; set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD). Each test
/// writes nodes whose names carry a fresh suffix and deletes exactly those nodes afterwards.
/// </summary>
public sealed class LiveNeo4jTests
{
    private static string NewSuffix() => " " + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task PushTwice_FirstCreatesTheSourceGraph_SecondChangesNothing()
    {
        Skip.If(LiveNeo4j.Uri is null, LiveNeo4j.SkipReason);

        // Arrange
        var source = TestGraphs.Hostile(NewSuffix());
        var actions = source.Relations().Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).ToList();
        long nodes = source.Articles().Count() + source.Entities().Count() + actions.Count;
        long relationships = source.Mentions().Count() + source.Relations().Count()
            + (3 * actions.Count) + actions.Count(e => e.PlaceId is not null) + actions.Count(e => e.SourceId is not null);
        await using var driver = LiveNeo4j.CreateDriver();
        var pusher = new Neo4jPusher(driver, new Neo4jPushOptions { Database = LiveNeo4j.Database, BatchSize = 2 });
        try
        {
            // Act
            var first = await pusher.PushAsync(source);
            var second = await pusher.PushAsync(source);

            // Assert: the server's own counters.
            Assert.Equal(nodes, first.Counters.NodesCreated);
            Assert.Equal(relationships, first.Counters.RelationshipsCreated);
            Assert.True(first.Counters.PropertiesSet > 0);
            Assert.True(second.ChangedNothing, $"second push: {second.Counters}");
            Assert.Equal(0, second.Counters.PropertiesSet);

            // Hostile text survives the trip exactly (as UTF-8 can carry it).
            var stored = await LiveNeo4j.ReadAsync(driver,
                "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.name AS name, e.aliases AS aliases, labels(e) AS labels",
                new Dictionary<string, object?> { ["ids"] = source.Entities().Select(e => e.Id).ToArray() });
            Assert.Equal(source.Entities().Count(), stored.Count);
            foreach (var entity in source.Entities())
            {
                var record = stored.Single(r => (string)r["id"]! == entity.Id);
                Assert.Equal(TestGraphs.Storable(entity.Name), record["name"]);
                Assert.Equal(entity.Aliases.Select(TestGraphs.Storable), ((IEnumerable<object?>)record["aliases"]!).Cast<string>());
                Assert.Contains(GraphLabels.Of(entity.Type), ((IEnumerable<object?>)record["labels"]!).Cast<string>());
            }
        }
        finally
        {
            await LiveNeo4j.DeleteAsync(driver, source);
        }
    }

    [SkippableFact]
    public async Task PushedScriptStatements_AndPush_AgreeOnTheStoredGraph()
    {
        Skip.If(LiveNeo4j.Uri is null, LiveNeo4j.SkipReason);

        // Arrange: the script's statements, run one by one, then a push of the same graph.
        var graph = new SampleGraph(NewSuffix());
        var writer = new StringWriter();
        CypherScriptWriter.Write(graph.Source, writer);
        string[] statements = writer.ToString().Split(";\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0).ToArray();
        await using var driver = LiveNeo4j.CreateDriver();
        try
        {
            await using (var session = driver.Session(new SessionOptions { Database = LiveNeo4j.Database }))
            {
                foreach (string statement in statements)
                {
                    await session.ExecuteWriteAsync(tx => tx.RunAsync(statement));
                }
            }

            // Act
            var push = await new Neo4jPusher(driver, new Neo4jPushOptions { Database = LiveNeo4j.Database }).PushAsync(graph.Source);

            // Assert: the push finds exactly what the script wrote.
            Assert.True(push.ChangedNothing, $"push after script: {push.Counters}");
        }
        finally
        {
            await LiveNeo4j.DeleteAsync(driver, graph.Source);
        }
    }

    [SkippableFact]
    public async Task EveryLibraryQuery_Runs_AndCountsMatchTheSource()
    {
        Skip.If(LiveNeo4j.Uri is null, LiveNeo4j.SkipReason);

        // Arrange
        var graph = new SampleGraph(NewSuffix());
        var source = graph.Source;
        await using var driver = LiveNeo4j.CreateDriver();
        await new Neo4jPusher(driver, new Neo4jPushOptions { Database = LiveNeo4j.Database }).PushAsync(source);
        var values = new Dictionary<string, Dictionary<string, string>>
        {
            ["coalition-against"] = new() { ["country"] = graph.Name("Doha") },
            ["entity-timeline"] = new() { ["name"] = graph.Name("Tillerson") },
            ["article-contents"] = new() { ["article"] = graph.Second.Id },
            ["relationship-evidence"] = new() { ["subject"] = graph.Name("Saudi Arabia"), ["object"] = graph.Name("Qatar") },
            ["shortest-path"] = new() { ["source"] = graph.Name("Rex Tillerson"), ["target"] = graph.Name("Qatar") },
            ["events-in-place"] = new() { ["place"] = graph.Name("Saudi Arabia") },
            ["entity-relations"] = new() { ["name"] = graph.Name("Qatar") },
            ["events-since"] = new() { ["since"] = "2017-10-22", ["limit"] = "100000" },
            ["who-met-whom"] = new() { ["limit"] = "100000" },
            ["positions"] = new() { ["limit"] = "100000" },
            ["co-mentioned"] = new() { ["limit"] = "100000" },
            ["accusations-and-denials"] = new() { ["limit"] = "100000" },
            ["most-active-actors"] = new() { ["top"] = "100000" },
        };
        var results = new Dictionary<string, IReadOnlyList<BoltRecord>>();
        try
        {
            // Act: every file of queries/, with this run's names where the query takes one.
            foreach (var query in QueryLibrary.LoadDirectory(RepositoryPaths.Queries))
            {
                var bound = query.Bind(values.GetValueOrDefault(query.Name) ?? []);
                results[query.Name] = await LiveNeo4j.ReadAsync(driver, query.Cypher, bound);
            }

            // Assert: counts from the source; by default every query reads asserted facts only.
            var all = source.Relations().ToList();
            var relations = all.Where(r => r.IsAsserted).ToList();
            var entities = source.Entities().ToDictionary(e => e.Id);
            bool Ours(object? name) => name is string s && s.EndsWith(graph.Suffix, StringComparison.Ordinal);
            string qatar = entities.Values.Single(e => e.Name == graph.Name("Qatar")).Id;
            string tillerson = entities.Values.Single(e => e.Name == graph.Name("Rex Tillerson")).Id;

            Assert.Equal(
                relations.Where(r => r.ObjectId == qatar && r.Predicate is Predicate.ImposeSanctions or Predicate.BreakRelations or Predicate.Attack)
                    .Select(r => r.SubjectId).Distinct().Count(),
                results["coalition-against"].Count);
            Assert.Equal(
                relations.Where(r => r.Info.IsAction && (r.SubjectId == tillerson || r.ObjectId == tillerson)).Sum(r => r.Evidence.Count),
                results["entity-timeline"].Count);
            Assert.Equal(
                source.Mentions().Count(m => m.ArticleId == graph.Second.Id)
                + relations.Sum(r => r.Evidence.Count(e => e.ArticleId == graph.Second.Id)),
                results["article-contents"].Count);
            Assert.Equal(
                relations.Where(r => entities[r.SubjectId].Name == graph.Name("Saudi Arabia") && r.ObjectId == qatar).Sum(r => r.Evidence.Count),
                results["relationship-evidence"].Count);
            Assert.Equal(
                relations.Where(r => r.SubjectId == qatar || r.ObjectId == qatar).Count(),
                results["entity-relations"].Count);
            Assert.Equal(
                relations.Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).Count(e => e.PlaceId is not null),
                results["events-in-place"].Count);
            Assert.Equal(
                relations.Where(r => r.Predicate is Predicate.Meet or Predicate.Visit or Predicate.Host).Sum(r => r.Evidence.Count),
                results["who-met-whom"].Count(r => Ours(r["actor"])));
            Assert.Equal(
                relations.Count(r => r.Predicate == Predicate.HoldsPosition),
                results["positions"].Count(r => Ours(r["person"])));
            Assert.Equal(
                relations.Where(r => r.Predicate == Predicate.Accuse).Sum(r => r.Evidence.Count),
                results["accusations-and-denials"].Count(r => Ours(r["accuser"])));
            var accusation = Assert.Single(results["accusations-and-denials"], r => Ours(r["accuser"]));
            Assert.Single((IEnumerable<object?>)accusation["answers"]!);
            Assert.Equal(["SUPPORTS " + graph.Name("Iranian militias")], ((IEnumerable<object?>)accusation["allegations"]!).Cast<string>());
            Assert.Equal(["SUPPORTS " + graph.Name("Iranian militias")], ((IEnumerable<object?>)accusation["denied"]!).Cast<string>());
            Assert.Equal("asserted", accusation["status"]);
            Assert.Equal(
                relations.Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).Count(e => e.Date >= new DateOnly(2017, 10, 22)),
                results["events-since"].Count(r => Ours(r["actor"])));
            Assert.Equal(
                relations.Where(r => r.Info.IsAction).SelectMany(r => r.Evidence.Select(_ => r.SubjectId)).Distinct()
                    .Sum(actor => relations.Where(r => r.Info.IsAction && r.SubjectId == actor).Select(r => r.Predicate).Distinct().Count()),
                results["most-active-actors"].Count(r => Ours(r["actor"])));
            var path = Assert.Single(results["shortest-path"]);
            Assert.Equal(2L, path["hops"]);
            Assert.Contains(results["co-mentioned"], r => Ours(r["first"]) && Ours(r["second"]));
            var entityCount = results["graph-summary"].Single(r => (string)r["kind"]! == "label" && (string)r["name"]! == GraphLabels.Entity);
            Assert.True((long)entityCount["count"]! >= entities.Count);
            var alleged = results["graph-summary"].Single(r => (string)r["kind"]! == "facts by status" && (string)r["name"]! == "alleged");
            Assert.True((long)alleged["count"]! >= all.Count(r => r.Status == FactStatus.Alleged));

            // Asked for every status, the threat against Qatar shows, marked as intended.
            var coalition = await LiveNeo4j.ReadAsync(driver, QueryLibrary.Find("coalition-against")!.Cypher,
                QueryLibrary.Find("coalition-against")!.Bind(new Dictionary<string, string> { ["country"] = graph.Name("Qatar"), ["status"] = "any" }));
            var saudi = coalition.Single(r => (string)r["actor"]! == graph.Name("Saudi Arabia"));
            Assert.Contains("ATTACK (intended)", ((IEnumerable<object?>)saudi["measures"]!).Cast<string>());
            Assert.Contains("IMPOSE_SANCTIONS", ((IEnumerable<object?>)saudi["measures"]!).Cast<string>());
        }
        finally
        {
            await LiveNeo4j.DeleteAsync(driver, source);
        }
    }
}
