using Graph.Extraction.Evaluation;
using Graph.Model;
using static Graph.Extraction.Tests.Support.EvalDocuments;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class ScorerTests
{
    private static readonly GoldEntity[] GoldEntities =
    [
        Gold("us", EntityType.Country, "United States", "US"),
        Gold("iran", EntityType.Country, "Iran"),
        Gold("tillerson", EntityType.Person, "Rex Tillerson", "Tillerson"),
        Gold("hezbollah", EntityType.Group, "Hezbollah"),
    ];

    private static readonly Graph.Model.Extraction.ExtractedEntity[] PredictedEntities =
    [
        Predicted("country:united_states", EntityType.Country, "US"),
        Predicted("country:iran", EntityType.Country, "Iran"),
        Predicted("person:tillerson", EntityType.Person, "Tillerson"),
        Predicted("organization:hezbollah", EntityType.Organization, "Hezbollah"),
        Predicted("country:oman", EntityType.Country, "Oman"),
    ];

    [Fact]
    public void Score_Entities_CountAlignedPairsOfTheSameType()
    {
        var score = Scorer.Score("a", Document(GoldEntities), Extracted(PredictedEntities));

        // Hezbollah aligns but is typed Organization instead of Group; Oman aligns with nothing.
        Assert.Equal(new PrfCounts(3, 5, 4), score.Score.Entities);
        var mistyped = Assert.Single(score.Errors.MistypedEntities);
        Assert.Equal(new MistypedEntity("Hezbollah", EntityType.Group, "Hezbollah", EntityType.Organization), mistyped);
        Assert.Equal(new EntityError("Oman", EntityType.Country), Assert.Single(score.Errors.SpuriousEntities));
        Assert.Empty(score.Errors.MissedEntities);
    }

    [Fact]
    public void Score_SymmetricPredicate_MatchesInEitherDirection()
    {
        var gold = Document(GoldEntities, Gold("tillerson", Predicate.Meet, "iran"), Gold("us", Predicate.Cooperate, "iran"));
        var extraction = Extracted(
            PredictedEntities,
            Predicted("country:iran", Predicate.Meet, "person:tillerson"),
            Predicted("country:iran", Predicate.Cooperate, "country:united_states"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(2, 2, 2), score.Score.Facts);
    }

    [Fact]
    public void Score_DirectedPredicateReversed_IsWrongAsAFactButRightAsAPair()
    {
        var gold = Document(GoldEntities, Gold("us", Predicate.ImposeSanctions, "iran", "The US imposed sanctions on Iran."));
        var extraction = Extracted(PredictedEntities, Predicted("country:iran", Predicate.ImposeSanctions, "country:united_states", "Iran was sanctioned."));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(0, 1, 1), score.Score.Facts);
        Assert.Equal(new PrfCounts(1, 1, 1), score.Score.Pairs);
        var missed = Assert.Single(score.Errors.MissedFacts);
        Assert.Equal(new FactError("United States", Predicate.ImposeSanctions, "Iran", "The US imposed sanctions on Iran.", true, true), missed);
        var spurious = Assert.Single(score.Errors.SpuriousFacts);
        Assert.Equal(new FactError("Iran", Predicate.ImposeSanctions, "US", "Iran was sanctioned.", true, true), spurious);
    }

    [Fact]
    public void Score_WrongPredicate_IsWrongAsAFactButRightAsAPair()
    {
        var gold = Document(GoldEntities, Gold("us", Predicate.Accuse, "iran"));
        var extraction = Extracted(PredictedEntities, Predicted("country:united_states", Predicate.Criticize, "country:iran"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(0, 1, 1), score.Score.Facts);
        Assert.Equal(new PrfCounts(1, 1, 1), score.Score.Pairs);
        Assert.Equal([new PredicateScore(Predicate.Criticize, new PrfCounts(0, 1, 0)), new PredicateScore(Predicate.Accuse, new PrfCounts(0, 0, 1))], score.ByPredicate);
    }

    [Fact]
    public void Score_MistypedEnds_StillMatchFacts()
    {
        var gold = Document(GoldEntities, Gold("iran", Predicate.Funds, "hezbollah"));
        var extraction = Extracted(PredictedEntities, Predicted("country:iran", Predicate.Funds, "organization:hezbollah"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(1, 1, 1), score.Score.Facts);
    }

    [Fact]
    public void Score_UnalignedPredictedFacts_EachCountAsSpurious()
    {
        var gold = Document(GoldEntities, Gold("us", Predicate.Demand, "iran"));
        var extraction = Extracted(
            PredictedEntities,
            Predicted("country:oman", Predicate.Meet, "country:iran", "Oman met Iran."),
            Predicted("country:oman", Predicate.Meet, "country:iran", "Oman met Iran again."),
            Predicted("country:united_states", Predicate.Demand, "country:iran"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(1, 3, 1), score.Score.Facts);
        Assert.Equal(new PrfCounts(1, 3, 1), score.Score.Pairs);
        Assert.Equal(2, score.Errors.SpuriousFacts.Count);
        Assert.All(score.Errors.SpuriousFacts, f => Assert.False(f.SubjectAligned));
        Assert.Equal(["Oman met Iran.", "Oman met Iran again."], score.Errors.SpuriousFacts.Select(f => f.Sentence));
    }

    [Fact]
    public void Score_AlignedDuplicates_CountOnce()
    {
        var gold = Document(GoldEntities, Gold("us", Predicate.Meet, "iran"), Gold("iran", Predicate.Meet, "us"));
        var extraction = Extracted(
            PredictedEntities,
            Predicted("country:united_states", Predicate.Meet, "country:iran"),
            Predicted("country:iran", Predicate.Meet, "country:united_states"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(1, 1, 1), score.Score.Facts);
    }

    [Fact]
    public void Score_FactsThatAreNotAsserted_AreNotPredictions()
    {
        var gold = Document(GoldEntities, Gold("us", Predicate.Attack, "iran"));
        var extraction = Extracted(
            PredictedEntities,
            Predicted("country:united_states", Predicate.Attack, "country:iran", status: FactStatus.Negated),
            Predicted("country:iran", Predicate.Attack, "country:united_states", status: FactStatus.Hypothetical),
            Predicted("country:united_states", Predicate.Threaten, "country:iran"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal(new PrfCounts(0, 1, 1), score.Score.Facts);
        Assert.Equal(Predicate.Threaten, Assert.Single(score.Errors.SpuriousFacts).Predicate);
    }

    [Fact]
    public void Score_MissedFact_NamesWhetherItsEntitiesWereFound()
    {
        var gold = Document(
            [.. GoldEntities, Gold("qatar", EntityType.Country, "Qatar")],
            Gold("qatar", Predicate.Deny, "iran", "Qatar denied it."));

        var score = Scorer.Score("a", gold, Extracted(PredictedEntities));

        var missed = Assert.Single(score.Errors.MissedFacts);
        Assert.Equal(new FactError("Qatar", Predicate.Deny, "Iran", "Qatar denied it.", false, true), missed);
        Assert.Equal(new EntityError("Qatar", EntityType.Country), Assert.Single(score.Errors.MissedEntities));
    }

    [Fact]
    public void Score_ByPredicate_AddsUpToTheFactCounts()
    {
        var gold = Document(GoldEntities, Gold("us", Predicate.Demand, "iran"), Gold("tillerson", Predicate.Meet, "iran"), Gold("iran", Predicate.Funds, "hezbollah"));
        var extraction = Extracted(
            PredictedEntities,
            Predicted("country:united_states", Predicate.Demand, "country:iran"),
            Predicted("country:oman", Predicate.Meet, "country:iran"),
            Predicted("country:iran", Predicate.Meet, "person:tillerson"));

        var score = Scorer.Score("a", gold, extraction);

        Assert.Equal([Predicate.Funds, Predicate.Meet, Predicate.Demand], score.ByPredicate.Select(p => p.Predicate));
        Assert.Equal(new PrfCounts(1, 2, 1), score.ByPredicate.Single(p => p.Predicate == Predicate.Meet).Facts);
        Assert.Equal(score.Score.Facts, score.ByPredicate.Aggregate(default(PrfCounts), (sum, p) => sum + p.Facts));
    }

    [Fact]
    public void Score_NothingPredicted_ScoresZeroWithoutDividingByZero()
    {
        var score = Scorer.Score("a", Document(GoldEntities, Gold("us", Predicate.Demand, "iran")), Extracted([]));

        Assert.Equal(new PrfCounts(0, 0, 4), score.Score.Entities);
        Assert.Equal(0.0, score.Score.Facts.Precision);
        Assert.Equal(0.0, score.Score.Facts.F1);
    }
}
