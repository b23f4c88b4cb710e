using Graph.Model;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Data;

public sealed class ViewFilterTests
{
    private readonly ViewGraph _graph = ViewGraph.Build(TinyGraph.Source(
        TinyGraph.Fact(TinyGraph.A, Predicate.Attack, TinyGraph.D, new DateOnly(2021, 1, 1), FactStatus.Alleged)));

    private ViewRelation Visit => _graph.Relations.Single(r => r.Relation.Predicate == Predicate.Visit);

    private ViewRelation Leads => _graph.Relations.Single(r => r.Relation.Predicate == Predicate.Leads);

    private ViewRelation Alleged => _graph.Relations.Single(r => r.Relation.Predicate == Predicate.Attack);

    [Fact]
    public void Default_ShowsAssertedFactsOnly()
    {
        Assert.True(ViewFilter.Default.Passes(Visit, _graph));
        Assert.True(ViewFilter.Default.Passes(Leads, _graph));
        Assert.False(ViewFilter.Default.Passes(Alleged, _graph));
        Assert.True(new ViewFilter { AllStatuses = true }.Passes(Alleged, _graph));
    }

    [Fact]
    public void DateRange_PassesDatedFactsInsideIt_NeverUndatedOnes()
    {
        var march = new ViewFilter { Since = new DateOnly(2021, 2, 1), Until = new DateOnly(2021, 2, 1) };

        Assert.True(march.Passes(Visit, _graph));
        Assert.False(march.Passes(Leads, _graph));
        Assert.False(new ViewFilter { Since = new DateOnly(2021, 2, 2) }.Passes(Visit, _graph));
        Assert.True(new ViewFilter { Until = new DateOnly(2021, 2, 1) }.Passes(Visit, _graph));
    }

    [Fact]
    public void Types_BothEndsMustPass()
    {
        Assert.True(new ViewFilter { Types = new HashSet<EntityType> { EntityType.Person, EntityType.Country } }.Passes(Visit, _graph));
        Assert.False(new ViewFilter { Types = new HashSet<EntityType> { EntityType.Person } }.Passes(Visit, _graph));
    }

    [Fact]
    public void Predicates_KeepThoseOnly()
    {
        var filter = new ViewFilter { Predicates = new HashSet<Predicate> { Predicate.Leads } };

        Assert.True(filter.Passes(Leads, _graph));
        Assert.False(filter.Passes(Visit, _graph));
    }
}
