using Graph.Extraction.Facts;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Tests.Facts;

public sealed class FactSetTests
{
    [Fact]
    public void Add_SameTripleWithAnotherStatus_IsKeptAsAFactOfItsOwn()
    {
        var facts = new FactSet();

        Assert.True(facts.Add(Fact("country:a", Predicate.Attack, "country:b", FactStatus.Asserted)));
        Assert.True(facts.Add(Fact("country:a", Predicate.Attack, "country:b", FactStatus.Alleged)));
        Assert.True(facts.Add(Fact("country:a", Predicate.Attack, "country:b", FactStatus.Negated)));

        Assert.Equal([FactStatus.Asserted, FactStatus.Alleged, FactStatus.Negated], facts.All.Select(f => f.Status));
    }

    [Fact]
    public void RemoveAll_DropsTheFactsAndLetsTheirTriplesBeAddedAgain()
    {
        var facts = new FactSet();
        facts.Add(Fact("country:b", Predicate.Meet, "country:a", FactStatus.Asserted));
        facts.Add(Fact("country:a", Predicate.Attack, "country:b", FactStatus.Asserted));

        Assert.Equal(1, facts.RemoveAll(f => f.Predicate == Predicate.Meet));

        Assert.Equal(Predicate.Attack, Assert.Single(facts.All).Predicate);
        Assert.True(facts.Add(Fact("country:a", Predicate.Meet, "country:b", FactStatus.Asserted)));
    }

    [Fact]
    public void Add_SameTripleAndStatus_KeepsTheFirstStatement()
    {
        var facts = new FactSet();
        var first = Fact("country:a", Predicate.Attack, "country:b", FactStatus.Alleged, sentence: 1);

        Assert.True(facts.Add(first));
        Assert.False(facts.Add(Fact("country:a", Predicate.Attack, "country:b", FactStatus.Alleged, sentence: 4)));

        Assert.Same(first, Assert.Single(facts.All));
    }

    [Fact]
    public void Add_SymmetricPredicateReversed_IsTheSameFactOnlyWithTheSameStatus()
    {
        var facts = new FactSet();

        Assert.True(facts.Add(Fact("country:a", Predicate.Meet, "country:b", FactStatus.Asserted)));
        Assert.False(facts.Add(Fact("country:b", Predicate.Meet, "country:a", FactStatus.Asserted)));
        Assert.True(facts.Add(Fact("country:b", Predicate.Meet, "country:a", FactStatus.Intended)));

        Assert.Equal(2, facts.All.Count);
    }

    [Fact]
    public void Add_SubjectIsTheObject_IsRefused()
    {
        var facts = new FactSet();

        Assert.False(facts.Add(Fact("country:a", Predicate.Attack, "country:a", FactStatus.Negated)));

        Assert.Empty(facts.All);
    }

    private static ExtractedFact Fact(string subject, Predicate predicate, string obj, FactStatus status, int sentence = 0) =>
        new(subject, predicate, obj, "A sentence.", sentence, new TextSpan(0, 11), null, null, null, 0.8, status);
}
