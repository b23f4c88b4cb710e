using Graph.Model;

namespace Graph.Model.Tests;

public sealed class StableIdTests
{
    [Theory]
    [InlineData("Rex Tillerson", "rex_tillerson")]
    [InlineData("Haider al-Abadi", "haider_al_abadi")]
    [InlineData("  United  States ", "united_states")]
    [InlineData("Côte d'Ivoire", "côte_divoire")]
    [InlineData("!!!", "_")]
    [InlineData("Bad\uD800Name", "bad_name")]
    public void Slug_NormalizesCaseAndSeparators(string name, string expected) =>
        Assert.Equal(expected, StableId.Slug(name));

    [Fact]
    public void Entity_CombinesTypeAndSlug() =>
        Assert.Equal("person:ali_al_sistani", StableId.Entity(EntityType.Person, "Ali al-Sistani"));

    [Fact]
    public void Relation_DependsOnEveryPart()
    {
        string id = StableId.Relation("a", Predicate.Demand, "b", null, FactStatus.Asserted);
        Assert.Equal(id, StableId.Relation("a", Predicate.Demand, "b", null, FactStatus.Asserted));
        Assert.NotEqual(id, StableId.Relation("b", Predicate.Demand, "a", null, FactStatus.Asserted));
        Assert.NotEqual(id, StableId.Relation("a", Predicate.Accuse, "b", null, FactStatus.Asserted));
        Assert.NotEqual(id, StableId.Relation("a", Predicate.Demand, "b", "King", FactStatus.Asserted));
        Assert.Matches("^rel:[0-9a-f]{16}$", id);
    }

    [Theory]
    [InlineData("a", Predicate.Demand, "b", null, "rel:9cdd2e63c0aa0df8")]
    [InlineData("country:ruritania", Predicate.Attack, "country:borduria", null, "rel:4890ea12b152aa72")]
    public void Relation_Asserted_KeepsTheIdOfStoresWithoutStatuses(string subject, Predicate predicate, string obj, string? title, string expected) =>
        Assert.Equal(expected, StableId.Relation(subject, predicate, obj, title, FactStatus.Asserted));

    [Fact]
    public void Relation_EveryStatus_GetsItsOwnId()
    {
        var ids = FactStatuses.All.Select(s => StableId.Relation("country:ruritania", Predicate.Attack, "country:borduria", null, s)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^rel:[0-9a-f]{16}$", id));
    }

    [Fact]
    public void Event_DiffersPerSentence() =>
        Assert.NotEqual(StableId.Event("rel:1", "article:1", 0), StableId.Event("rel:1", "article:1", 1));

    [Fact]
    public void Entity_NamedEventsNeverShareTheReportedEventSpace()
    {
        string named = StableId.Entity(EntityType.Event, "0123456789abcdef");
        Assert.StartsWith("namedevent:", named, StringComparison.Ordinal);
        Assert.StartsWith("event:", StableId.Event("rel:1", "article:1", 0), StringComparison.Ordinal);
    }
}
