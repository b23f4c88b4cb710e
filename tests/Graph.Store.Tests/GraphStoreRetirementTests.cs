using Graph.Model;
using Graph.Testing;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

/// <summary>
/// What a resolution change takes away from the graph, recorded by the store for sinks holding an older copy: every
/// relation, event, mention, event place and source the previous resolution produced that the new one does not.
/// </summary>
public sealed class GraphStoreRetirementTests : IDisposable
{
    private static readonly Model.Extraction.ExtractedEntity Amara = Entity(EntityType.Person, "Amara Okafor", "President Okafor");
    private static readonly Model.Extraction.ExtractedEntity Okafor = Entity(EntityType.Person, "Okafor", "President Okafor");
    private static readonly Model.Extraction.ExtractedEntity Borduria = Entity(EntityType.Country, "Borduria");
    private static readonly Model.Extraction.ExtractedEntity Ruritania = Entity(EntityType.Country, "Ruritania");
    private static readonly Model.Extraction.ExtractedEntity Vesna = Entity(EntityType.City, "Vesna");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Split_RetiresExactlyWhatTheMergeGaveTheGraph()
    {
        using var store = Store();
        store.ResolveEntities();
        var merged = Keys(store);

        Split(store);
        var split = Keys(store);

        // By hand: the surname's accusation joined the full name's relation, which stays (its second event goes); the
        // meeting was re-keyed to the full name; the source of the attack and the mention in a2 were the full name's.
        var (a1, a2) = (ArticleId(store, "a1"), ArticleId(store, "a2"));
        string accuse = StableId.Relation(Amara.Id, Predicate.Accuse, Borduria.Id, null, FactStatus.Asserted);
        string meet = StableId.Relation(Ruritania.Id, Predicate.Meet, Amara.Id, null, FactStatus.Asserted);
        string attack = StableId.Relation(Borduria.Id, Predicate.Attack, Ruritania.Id, null, FactStatus.Asserted);
        Assert.Equal(
            new[] { StableId.Event(accuse, a2, 0), StableId.Event(meet, a2, 2) }.Order(StringComparer.Ordinal),
            store.RetiredEventIds());
        Assert.Equal(
            [
                new RetiredLink(RetiredLinkKind.Relation, Ruritania.Id, Amara.Id, meet),
                new RetiredLink(RetiredLinkKind.Mention, Amara.Id, a2),
                new RetiredLink(RetiredLinkKind.EventSource, StableId.Event(attack, a2, 1), Amara.Id),
            ],
            store.RetiredLinks());

        // Every key that went is retired (or goes with its retired event), and none that is still there.
        var retired = Retired(store);
        Assert.All(merged.Except(split), key => Assert.True(retired.Contains(key) || retired.Contains(EventOf(key)), key));
        Assert.Empty(retired.Intersect(split));
        Assert.Contains($"relation {Amara.Id} {Borduria.Id} {accuse}", split);
        Assert.Contains($"event {StableId.Event(accuse, a1, 0)}", split);
    }

    [Fact]
    public void Retired_IsCountedBySize_AndKeptWhenReopened()
    {
        string path;
        IReadOnlyList<string> retired;
        using (var store = Store())
        {
            store.ResolveEntities();
            Split(store);
            path = store.Path;
            retired = [.. Retired(store)];
            var size = store.Size();
            Assert.Equal(store.RetiredEventIds().Count(), size.RetiredNodes);
            Assert.Equal(store.RetiredLinks().Count(), size.RetiredLinks);
        }

        using var reopened = GraphStore.Open(path);
        Assert.Equal(retired, Retired(reopened));
    }

    [Fact]
    public void RecomputingAgain_RetiresNothingMore_AndIsTheSameInEveryStore()
    {
        using var first = Store("one.db");
        using var second = Store("two.db");
        foreach (var store in new[] { first, second })
        {
            store.ResolveEntities();
            Split(store);
        }

        var retired = Retired(first);
        var outcome = first.ResolveEntities();

        Assert.Empty(outcome.Changes);
        Assert.Equal(retired, Retired(first));
        Assert.Equal(retired, Retired(second));
        Assert.Equal(first.RetiredLinks(), second.RetiredLinks());
    }

    [Fact]
    public void UndoingTheSplit_TakesBackWhatReturns_AndRetiresNothingTheGraphHas()
    {
        using var store = Store();
        store.ResolveEntities();
        var merged = Keys(store);
        Split(store);

        File.WriteAllText(store.Path + ".entities.tsv", "# nothing decided\n");
        store.ResolveEntities();

        Assert.Equal(merged, Keys(store));
        Assert.Empty(Retired(store).Intersect(merged));

        // What the surname had on its own goes with its node: no link of it is listed, its events are.
        Assert.Empty(store.RetiredLinks());
        Assert.Equal([Okafor.Id], store.RetiredEntityIds());
        Assert.Contains(StableId.Event(StableId.Relation(Okafor.Id, Predicate.Accuse, Borduria.Id, null, FactStatus.Asserted), ArticleId(store, "a2"), 0), store.RetiredEventIds());
    }

    [Fact]
    public void NewArticlesUnderTheSameResolution_RetireNothingTheGraphHas()
    {
        using var store = Store();
        store.ResolveEntities();
        var a3 = Article("a3.txt", "Okafor accused Ruritania in Vesna.");
        store.Ingest(a3, Extraction(a3, [Okafor, Ruritania, Vesna], [Fact(Okafor, Predicate.Accuse, Ruritania, 0, place: Vesna.Id)]));

        store.ResolveEntities();

        Assert.Empty(store.RetiredLinks());
        Assert.Empty(Retired(store).Intersect(Keys(store)));
    }

    [Fact]
    public void StoreThatNeverMerged_RetiresNothing()
    {
        using var store = GraphStore.Open(_temp.File("plain.db"));
        var article = Article("p.txt", "Ruritania attacked Borduria.");
        store.Ingest(article, Extraction(article, [Ruritania, Borduria], [Fact(Ruritania, Predicate.Attack, Borduria, 0)]));

        store.ResolveEntities();
        store.ResolveEntities();

        Assert.Empty(store.RetiredLinks());
        Assert.Empty(store.RetiredEventIds());
        Assert.Equal((0, 0), (store.Size().RetiredNodes, store.Size().RetiredLinks));
    }

    // The graph's keys as a sink stores them, one line each.
    private static SortedSet<string> Keys(GraphStore store)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var relation in store.Relations())
        {
            keys.Add($"relation {relation.SubjectId} {relation.ObjectId} {relation.Id}");
            foreach (var evidence in relation.Evidence.Where(_ => relation.Info.IsAction))
            {
                string id = relation.EventId(evidence);
                keys.Add($"event {id}");
                if (evidence.PlaceId is { } place)
                {
                    keys.Add($"place {id} {place}");
                }

                if (evidence.SourceId is { } source)
                {
                    keys.Add($"source {id} {source}");
                }
            }
        }

        keys.UnionWith(store.Mentions().Select(m => $"mention {m.EntityId} {m.ArticleId}"));
        return keys;
    }

    // What the store says to delete, in the same lines.
    private static SortedSet<string> Retired(GraphStore store)
    {
        var keys = new SortedSet<string>(store.RetiredEventIds().Select(id => $"event {id}"), StringComparer.Ordinal);
        foreach (var link in store.RetiredLinks())
        {
            keys.Add(link.Kind switch
            {
                RetiredLinkKind.Relation => $"relation {link.FromId} {link.ToId} {link.Id}",
                RetiredLinkKind.Mention => $"mention {link.FromId} {link.ToId}",
                RetiredLinkKind.EventPlace => $"place {link.FromId} {link.ToId}",
                _ => $"source {link.FromId} {link.ToId}",
            });
        }

        return keys;
    }

    // The event a place or source line belongs to (the line itself otherwise).
    private static string EventOf(string key) =>
        key.StartsWith("place ", StringComparison.Ordinal) || key.StartsWith("source ", StringComparison.Ordinal) ? "event " + key.Split(' ')[1] : key;

    private static void Split(GraphStore store)
    {
        File.WriteAllText(store.Path + ".entities.tsv", $"split {Amara.Id} {Okafor.Id}\n");
        var outcome = store.ResolveEntities();
        Assert.Empty(outcome.Errors);
        Assert.Single(outcome.Changes);
    }

    private static string ArticleId(GraphStore store, string file) =>
        store.Articles().Single(a => Path.GetFileNameWithoutExtension(a.FileName) == file).Id;

    // "Okafor" joins "Amara Okafor" (the same titled alias). a1: the full name accuses Borduria. a2: the surname accuses
    // Borduria in Vesna, meets Ruritania, and is the source of an attack on Ruritania.
    private GraphStore Store(string name = "g.db")
    {
        var store = GraphStore.Open(_temp.File(name));
        var a1 = Article("a1.txt", "Amara Okafor accused Borduria.");
        store.Ingest(a1, Extraction(a1, [Amara, Borduria], [Fact(Amara, Predicate.Accuse, Borduria, 0)]));
        var a2 = Article("a2.txt", "Okafor accused Borduria in Vesna. Borduria attacked Ruritania, Okafor said. Okafor met Ruritania.");
        store.Ingest(a2, Extraction(a2, [Okafor, Borduria, Ruritania, Vesna],
        [
            Fact(Okafor, Predicate.Accuse, Borduria, 0, place: Vesna.Id),
            Fact(Borduria, Predicate.Attack, Ruritania, 1, source: Okafor.Id),
            Fact(Okafor, Predicate.Meet, Ruritania, 2),
        ]));
        return store;
    }
}
