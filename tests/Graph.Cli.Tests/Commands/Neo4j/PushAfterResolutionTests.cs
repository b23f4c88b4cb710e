using Graph.Bolt.Testing;
using Graph.Cli.Tests.Support;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Neo4j;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands.Neo4j;

/// <summary>
/// <c>graph push</c>, <c>graph entities merge</c>, <c>push</c>, <c>split</c>, <c>push</c> (the real program, the fake Bolt
/// server): whatever one push wrote that the next one does not write again, the next one deletes.
/// </summary>
public sealed class PushAfterResolutionTests : IDisposable
{
    private const string Amara = "person:amara_okafor";
    private const string Okafor = "person:okafor";
    private const string Password = "pa55-Wörd-7f3c";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PushMergePushSplitPush_EachPushDeletesWhatThePreviousWroteAndItDoesNot()
    {
        Store();

        var unmerged = await Push();
        Assert.Equal(0, GraphCli.Run(_temp.Path, "entities", "merge", Amara, Okafor).ExitCode);
        var merged = await Push();
        Assert.Equal(0, GraphCli.Run(_temp.Path, "entities", "split", Amara, Okafor).ExitCode);
        var split = await Push();

        foreach (var (before, after) in new[] { (unmerged, merged), (merged, split) })
        {
            var gone = Written(before).Except(Written(after)).ToList();
            var deleted = Deleted(after);
            Assert.NotEmpty(gone);
            Assert.All(gone, key => Assert.True(
                deleted.Contains(key) || deleted.Contains(Node(key.From)) || deleted.Contains(Node(key.To)), key.ToString()));
            Assert.Empty(deleted.Intersect(Written(after)));
        }

        // The split takes back the surname's facts and mention: deleted link by link, not with a node.
        Assert.Contains(Deleted(split), k => k.Kind == "fact" && k.To == Amara);
        Assert.Contains(Deleted(split), k => k.Kind == GraphLabels.MentionedIn && k.From == Amara);
        Assert.Contains(Deleted(split), k => k.Kind == GraphLabels.AccordingTo && k.To == Amara);
        Assert.DoesNotContain(Deleted(split), k => k == Node(Amara) || k == Node(Okafor));
    }

    // Pushes the store to a fresh fake server: exactly the batches the store gives now, committed; their rows returned.
    private async Task<IReadOnlyList<RecordedRun>> Push()
    {
        IReadOnlyList<GraphBatch> expected;
        using (var store = GraphStore.Open(_temp.File("graph.db")))
        {
            expected = GraphBatches.Enumerate(store).ToList();
        }

        var responder = new StatementResponder(Neo4jServerAnswers.Counters);
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Serve(responder));
        var result = GraphCli.Run(_temp.Path, new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password }, "push", "--neo4j", $"bolt://{server.Address}");

        Assert.True(result.ExitCode == 0, result.StdErr);
        PushCommandTests.AssertPushed(expected, responder);
        return responder.CommittedRuns.Skip(GraphStatements.Schema.Count).ToList();
    }

    // What the runs MERGEd: nodes by id, facts by ends and id, other relationships by type and ends.
    private static HashSet<Key> Written(IReadOnlyList<RecordedRun> runs) =>
        Keys(runs, GraphStatements.All, (statement, row) => statement.IsRelationship
            ? Link(row.ContainsKey("id") ? "fact" : statement.Name["rel:".Length..], row)
            : Node((string)row["id"]!));

    // What the runs deleted, in the same keys.
    private static HashSet<Key> Deleted(IReadOnlyList<RecordedRun> runs) =>
        Keys(runs, GraphStatements.Deletions, (statement, row) => statement.IsRelationship
            ? Link(statement.Name["delete:".Length..], row)
            : Node((string)row["id"]!));

    private static HashSet<Key> Keys(
        IReadOnlyList<RecordedRun> runs, IReadOnlyList<CypherStatement> statements, Func<CypherStatement, IReadOnlyDictionary<string, object?>, Key> key)
    {
        var keys = new HashSet<Key>();
        foreach (var run in runs)
        {
            if (statements.SingleOrDefault(s => s.Text == run.Query) is { } statement)
            {
                var rows = (IEnumerable<object?>)run.Parameters[CypherStatement.RowsParameter]!;
                keys.UnionWith(rows.Cast<IReadOnlyDictionary<string, object?>>().Select(row => key(statement, row)));
            }
        }

        return keys;
    }

    private static Key Node(string id) => new("node", id, "", "");

    private static Key Link(string kind, IReadOnlyDictionary<string, object?> row) =>
        new(kind, (string)row["from"]!, (string)row["to"]!, row.GetValueOrDefault("id") as string ?? "");

    // a.txt: Amara Okafor accuses Borduria in Vesna. b.txt: Okafor accuses Borduria, is the source of an attack on
    // Ruritania, and meets Borduria. Different titles: nothing merges until the user says so.
    private void Store()
    {
        ExtractedEntity Entity(string id, EntityType type, string name, params string[] aliases) => new(id, type, name, aliases, [new TextSpan(0, 1)]);
        ExtractedFact Fact(string subject, Predicate predicate, string obj, int sentence, string? place = null, string? source = null) =>
            new(subject, predicate, obj, $"Sentence {sentence}.", sentence, new TextSpan(sentence * 10, (sentence * 10) + 9), null, place, null, 0.8,
                FactStatus.Asserted, source);
        var borduria = Entity("country:borduria", EntityType.Country, "Borduria");
        var ruritania = Entity("country:ruritania", EntityType.Country, "Ruritania");
        var first = new ArticleDocument("a.txt", "Talks", "Amara Okafor accused Borduria in Vesna.");
        var second = new ArticleDocument("b.txt", "More talks", "Okafor accused Borduria. Borduria attacked Ruritania, Okafor said. Okafor met Borduria.");
        using var store = GraphStore.Open(_temp.File("graph.db"));
        store.Ingest(first, new ArticleExtraction(first.FileName, first.Id, null,
            [Entity(Amara, EntityType.Person, "Amara Okafor", "President Okafor"), borduria, Entity("city:vesna", EntityType.City, "Vesna")],
            [Fact(Amara, Predicate.Accuse, borduria.Id, 0, place: "city:vesna")]));
        store.Ingest(second, new ArticleExtraction(second.FileName, second.Id, null,
            [Entity(Okafor, EntityType.Person, "Okafor", "Okafor the elder"), borduria, ruritania],
            [Fact(Okafor, Predicate.Accuse, borduria.Id, 0), Fact(borduria.Id, Predicate.Attack, ruritania.Id, 1, source: Okafor), Fact(borduria.Id, Predicate.Meet, Okafor, 2)]));
        store.ResolveEntities();
    }

    private sealed record Key(string Kind, string From, string To, string Id);
}
