using Graph.Model;
using Graph.Testing;
using static Graph.Store.Tests.Fixtures;

namespace Graph.Store.Tests;

public sealed class GraphStoreSizeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Size_CountsWhatReadingFinds()
    {
        using var store = GraphStore.Open(_temp.File("s.db"));
        var a = Entity(EntityType.Country, "Ruritania");
        var b = Entity(EntityType.Country, "Borduria");
        var city = Entity(EntityType.City, "Strelsau");
        var one = Article("one.txt", "Ruritania attacked Borduria in Strelsau.");
        var two = Article("two.txt", "Ruritania met Borduria. Borduria is in Europe.");
        store.Ingest(one, Extraction(one, [a, b, city], [Fact(a, Predicate.Attack, b, place: city.Id), Fact(a, Predicate.Attack, b, 1, source: b.Id)]));
        store.Ingest(two, Extraction(two, [a, b], [Fact(a, Predicate.Meet, b), Fact(b, Predicate.LocatedIn, city, 1)]));

        var size = store.Size();

        var events = store.Relations().Where(r => r.Info.IsAction).SelectMany(r => r.Evidence).ToList();
        Assert.Equal(
            new GraphSize(
                store.Articles().Count(), store.Entities().Count(), store.Mentions().Count(), store.Relations().Count(),
                events.Count, events.Count(e => e.PlaceId is not null), events.Count(e => e.SourceId is not null)),
            size);
        Assert.Equal(new GraphSize(2, 3, 5, 2, 3, 1, 1), size);
    }
}
