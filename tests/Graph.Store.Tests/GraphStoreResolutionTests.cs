using Graph.Model;
using Graph.Testing;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

/// <summary>Entity resolution recomputed in the store, and every reader reading through it.</summary>
public sealed class GraphStoreResolutionTests : IDisposable
{
    private static readonly ExtractedEntityPair People = new(
        Entity(EntityType.Person, "Amara Okafor", "President Okafor"),
        Entity(EntityType.Person, "Okafor", "President Okafor"));

    private static readonly Model.Extraction.ExtractedEntity Borduria = Entity(EntityType.Country, "Borduria");
    private static readonly Model.Extraction.ExtractedEntity Ruritania = Entity(EntityType.Country, "Ruritania");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Amara => People.Full.Id;

    private static string Okafor => People.Surname.Id;

    [Fact]
    public void Resolve_MergesTheSurnameIntoTheFullName_AndEntitiesYieldsCanonicalOnes()
    {
        using var store = Store();

        var outcome = store.ResolveEntities();

        Assert.Empty(outcome.Errors);
        Assert.Equal(1, outcome.Merged);
        var change = Assert.Single(outcome.Changes);
        Assert.Equal((Okafor, null, Amara, "surname+title: \"President Okafor\""), (change.Id, change.Before, change.After, change.Reason));
        Assert.Equal(["country:borduria", "country:ruritania", Amara], store.Entities().Select(e => e.Id));
        var amara = store.Entities().Single(e => e.Id == Amara);
        Assert.Equal("Amara Okafor", amara.Name);
        Assert.Equal(["Okafor", "President Okafor"], amara.Aliases);
        Assert.Equal([Okafor], store.RetiredEntityIds());
    }

    [Fact]
    public void Mentions_AreSummedPerCanonicalEntityAndArticle()
    {
        using var store = Store();
        var before = store.Mentions().ToList();

        store.ResolveEntities();

        var after = store.Mentions().Where(m => m.EntityId == Amara).ToList();
        int Count(string id, string article) => before.Where(m => m.EntityId == id && m.ArticleId == article).Sum(m => m.Count);
        Assert.Equal(3, after.Count);
        Assert.All(after, m => Assert.Equal(Count(Amara, m.ArticleId) + Count(Okafor, m.ArticleId), m.Count));
        Assert.DoesNotContain(store.Mentions(), m => m.EntityId == Okafor);
        Assert.Equal(after.Select(m => m.ArticleId).Order(StringComparer.Ordinal), after.Select(m => m.ArticleId));
    }

    [Fact]
    public void Relations_AreReKeyed_Collapsed_WithEvidenceUnioned_AndSelfLoopsDropped()
    {
        using var store = Store();

        store.ResolveEntities();
        var relations = store.Relations().ToList();

        Assert.DoesNotContain(relations, r => r.SubjectId == Okafor || r.ObjectId == Okafor || r.Evidence.Any(e => e.SourceId == Okafor || e.PlaceId == Okafor));
        Assert.DoesNotContain(relations, r => r.SubjectId == r.ObjectId);
        Assert.Equal(relations.Select(r => r.Id).Order(StringComparer.Ordinal), relations.Select(r => r.Id));
        Assert.All(relations, r => Assert.Equal(StableId.Relation(r.SubjectId, r.Predicate, r.ObjectId, r.Title, r.Status), r.Id));

        // Accused in a1 by the full name, in a2 by the surname, in a3 by both in one sentence: one relation, one event per sentence.
        var accuse = relations.Single(r => r.Predicate == Predicate.Accuse);
        Assert.Equal((Amara, Borduria.Id), (accuse.SubjectId, accuse.ObjectId));
        Assert.Equal([("a1", 1), ("a2", 0), ("a3", 0)], accuse.Evidence.Select(e => (FileOf(store, e.ArticleId), e.SentenceIndex)).Order());
        Assert.Equal(accuse.Evidence.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.SentenceIndex), accuse.Evidence);

        // A symmetric predicate keeps its ends in id order after re-keying, and joins the relation stated with the full name.
        var meet = relations.Single(r => r.Predicate == Predicate.Meet);
        Assert.Equal((Borduria.Id, Amara), (meet.SubjectId, meet.ObjectId));
        Assert.Equal(2, meet.Evidence.Count);

        // The reported source is re-keyed too.
        Assert.Equal(Amara, relations.Single(r => r.Status == FactStatus.Alleged).Evidence.Single().SourceId);
        Assert.DoesNotContain(relations, r => r.Predicate == Predicate.Criticize);
    }

    [Fact]
    public void SizeAndStatistics_AgreeWithWhatTheReadersYield()
    {
        using var store = Store();
        store.ResolveEntities();

        var size = store.Size();
        var statistics = store.Statistics();
        var relations = store.Relations().ToList();
        var actions = relations.Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).ToList();

        Assert.Equal(store.Entities().Count(), size.Entities);
        Assert.Equal(store.Mentions().Count(), size.Mentions);
        Assert.Equal(relations.Count, size.Relations);
        Assert.Equal(actions.Count, size.ActionEvidence);
        Assert.Equal(actions.Count(e => e.PlaceId is not null), size.ActionEvidenceWithPlace);
        Assert.Equal(actions.Count(e => e.SourceId is not null), size.ActionEvidenceWithSource);
        Assert.Equal(store.RetiredEntityIds().Count() + store.RetiredEventIds().Count(), size.RetiredNodes);
        Assert.Equal(store.Entities().Count(), statistics.Entities);
        Assert.Equal(1, statistics.EntitiesByType[EntityType.Person]);
        Assert.Equal(relations.Count(r => r.IsAsserted), statistics.Relations);
        Assert.Equal(relations.Where(r => r.IsAsserted).Sum(r => r.Evidence.Count), statistics.Evidence);
        Assert.Equal(1, statistics.UnassertedByStatus[FactStatus.Alleged]);
        Assert.Equal(1, statistics.RelationsByPredicate["ACCUSE"]);
    }

    [Fact]
    public void RetiredEventIds_AreTheEventsOfTheReKeyedRelations_NoneStillCurrent()
    {
        using var store = Store();
        store.ResolveEntities();

        var current = store.Relations().SelectMany(r => r.Evidence.Select(r.EventId)).ToHashSet(StringComparer.Ordinal);
        var retired = store.RetiredEventIds().ToList();

        Assert.NotEmpty(retired);
        Assert.DoesNotContain(retired, current.Contains);
        Assert.Equal(retired.Order(StringComparer.Ordinal), retired);
    }

    [Fact]
    public void StoreWithoutMerges_ReadsExactlyAsBeforeResolution()
    {
        string path = _temp.File("plain.db");
        using var store = GraphStore.Open(path);
        var article = Article("p.txt", "Ruritania attacked Borduria.");
        store.Ingest(article, Extraction(article, [Ruritania, Borduria], [Fact(Ruritania, Predicate.Attack, Borduria, 0)]));
        var before = Snapshot(store);

        var outcome = store.ResolveEntities();

        Assert.Equal(0, outcome.Merged);
        Assert.Equal(before, Snapshot(store));
        Assert.Empty(store.RetiredEntityIds());
        Assert.Equal(0, store.Size().RetiredNodes);
    }

    [Fact]
    public void Resolve_IsDeterministic_AndASecondRunChangesNothing()
    {
        using var first = Store("one.db");
        using var second = Store("two.db");

        first.ResolveEntities();
        second.ResolveEntities();
        var again = first.ResolveEntities();

        Assert.Empty(again.Changes);
        Assert.Equal(Snapshot(first), Snapshot(second));
        Assert.Equal(first.CurrentMerges(), second.CurrentMerges());
    }

    [Fact]
    public void AmbiguousAlias_IsDroppedFromEveryHolder_ButACanonicalNameIsKept()
    {
        string path = _temp.File("ambiguous.db");
        using var store = GraphStore.Open(path);
        var north = Entity(EntityType.Region, "North Province", "the Province", "Vesna");
        var south = Entity(EntityType.Region, "South Province", "THE PROVINCE");
        var vesna = Entity(EntityType.City, "Vesna", "Vesna City");
        var article = Article("r.txt", "The province of Vesna.");
        store.Ingest(article, Extraction(article, [north, south, vesna], []));

        store.ResolveEntities();
        var entities = store.Entities().ToDictionary(e => e.Id);

        Assert.Empty(entities[north.Id].Aliases);
        Assert.Empty(entities[south.Id].Aliases);
        Assert.Equal("Vesna", entities[vesna.Id].Name);
        Assert.Equal(["Vesna City"], entities[vesna.Id].Aliases);
    }

    [Fact]
    public void DecisionsFile_SplitOverridesTheAutomaticMerge_AndAUserMergeIsApplied()
    {
        using var store = Store();
        store.ResolveEntities();
        File.WriteAllText(store.Path + ".entities.tsv", $"# decided\nsplit {Amara} {Okafor}\nmerge {Ruritania.Id}\t{Borduria.Id}\n");

        var outcome = store.ResolveEntities();

        Assert.Empty(outcome.Errors);
        Assert.Equal([Borduria.Id, Okafor], outcome.Changes.Select(c => c.Id));
        Assert.Null(outcome.Changes[1].After);
        Assert.Equal(("country:ruritania", "user: g.db.entities.tsv:3"), store.CurrentMerges()[Borduria.Id]);
        Assert.Contains(store.Entities(), e => e.Id == Okafor);
        Assert.DoesNotContain(store.Entities(), e => e.Id == Borduria.Id);
    }

    [Fact]
    public void DecisionsFile_BadLines_AreReported_TheRestStillApplies()
    {
        using var store = Store();
        File.WriteAllText(store.Path + ".entities.tsv", $"merge {Ruritania.Id} country:nowhere\nmerge {Ruritania.Id} {Borduria.Id}\nmerge {Borduria.Id} {Ruritania.Id} extra\n");

        var outcome = store.ResolveEntities();

        Assert.Equal(
            [$"{store.Path}.entities.tsv:1: unknown entity id 'country:nowhere'", $"{store.Path}.entities.tsv:3: 'merge' takes two entity ids (found 3)"],
            outcome.Errors);
        Assert.Equal(Ruritania.Id, store.CurrentMerges()[Borduria.Id].Into);
    }

    [Fact]
    public void DecisionErrors_ReportsWhatResolutionWould_AndChangesNothing()
    {
        using var store = Store();
        store.ResolveEntities();
        var before = store.CurrentMerges();

        var errors = store.DecisionErrors("d.tsv", [$"merge {Okafor} {Amara}", $"merge {Amara} {Okafor}", "split a b"]);

        Assert.Equal(["d.tsv:3: unknown entity id 'a'"], errors);
        Assert.Equal(before, store.CurrentMerges());

        // The same pair both ways is no cycle: the later line wins.
        Assert.Empty(store.DecisionErrors("d.tsv", [$"merge {Borduria.Id} {Ruritania.Id}", $"merge {Ruritania.Id} {Borduria.Id}"]));
    }

    // Everything the readers yield, as text (records holding lists compare by reference).
    private static string Snapshot(GraphStore store)
    {
        var statistics = store.Statistics();
        return string.Join("\n", store.Entities().Select(e => e with { Aliases = [] } + string.Join("|", e.Aliases))
            .Concat(store.Mentions().Select(m => m.ToString()))
            .Concat(store.Relations().Select(r => r with { Evidence = [] } + string.Join("|", r.Evidence)))
            .Append(store.Size().ToString())
            .Append(string.Join("|", statistics.EntitiesByType.OrderBy(e => e.Key)) + string.Join("|", statistics.RelationsByPredicate)
                + string.Join("|", statistics.UnassertedByStatus.OrderBy(e => e.Key)) + $"{statistics.Evidence} {statistics.Events}"));
    }

    private static string FileOf(GraphStore store, string articleId) =>
        Path.GetFileNameWithoutExtension(store.Articles().Single(a => a.Id == articleId).FileName);

    // a1 names the full name, a2 the surname alone, a3 both (one sentence each accusing Borduria, and one criticizing
    // the other: a self-loop once merged).
    private GraphStore Store(string name = "g.db")
    {
        var store = GraphStore.Open(_temp.File(name));
        var (amara, okafor) = (People.Full, People.Surname);
        var a1 = Article("a1.txt", "President Okafor met Borduria. Amara Okafor accused Borduria.");
        store.Ingest(a1, Extraction(a1, [amara, Borduria, Ruritania],
            [Fact(amara, Predicate.Meet, Borduria, 0, place: Ruritania.Id), Fact(amara, Predicate.Accuse, Borduria, 1)]));
        var a2 = Article("a2.txt", "Okafor accused Borduria. Borduria met Okafor. Borduria attacked Ruritania, Okafor said.");
        store.Ingest(a2, Extraction(a2, [okafor, Borduria, Ruritania],
        [
            Fact(okafor, Predicate.Accuse, Borduria, 0), Fact(Borduria, Predicate.Meet, okafor, 1),
            Fact(Borduria, Predicate.Attack, Ruritania, 2, status: FactStatus.Alleged, source: okafor.Id),
        ]));
        var a3 = Article("a3.txt", "Amara Okafor, President Okafor, accused Borduria. Okafor criticized Amara Okafor.");
        store.Ingest(a3, Extraction(a3, [amara, okafor, Borduria],
            [Fact(amara, Predicate.Accuse, Borduria, 0), Fact(okafor, Predicate.Accuse, Borduria, 0), Fact(okafor, Predicate.Criticize, amara, 1)]));
        return store;
    }

    private sealed record ExtractedEntityPair(Model.Extraction.ExtractedEntity Full, Model.Extraction.ExtractedEntity Surname);
}
