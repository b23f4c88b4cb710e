using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Scores one article's extraction against its gold annotation. Entities count when aligned with a gold entity
/// of the same type; a fact counts when its aligned subject and object and its predicate make a gold fact
/// (MEET, ALLIED_WITH, COOPERATE and AGREE in either direction); a pair counts when its aligned ends are those
/// of a gold fact. Only asserted facts are predictions: negated, hypothetical, intended and alleged ones are not.
/// </summary>
public static class Scorer
{
    /// <summary>The extraction as a prediction: its entities and its asserted facts.</summary>
    public static ArticleExtraction Predictions(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return extraction.Facts.All(f => f.Status == FactStatus.Asserted)
            ? extraction
            : extraction with { Facts = [.. extraction.Facts.Where(f => f.Status == FactStatus.Asserted)] };
    }

    /// <summary>Scores <paramref name="extraction"/> against <paramref name="gold"/>; <paramref name="name"/> names the article.</summary>
    public static ArticleScore Score(string name, GoldDocument gold, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArticleExtraction predicted = Predictions(extraction);
        EntityAlignment alignment = EntityAligner.Align(gold.Entities, predicted.Entities);
        var entities = new AlignedEntities(gold.Entities, predicted.Entities, alignment);
        var goldFacts = GoldKeys(gold, withPredicate: true);
        var predictedFacts = PredictedKeys(predicted, alignment, withPredicate: true);
        var goldPairs = GoldKeys(gold, withPredicate: false);
        var predictedPairs = PredictedKeys(predicted, alignment, withPredicate: false);
        var score = new Score(
            new PrfCounts(entities.SameTypePairs(), predicted.Entities.Count, gold.Entities.Count),
            Counts(predictedFacts, goldFacts),
            Counts(predictedPairs, goldPairs));

        return new ArticleScore(name, score, ByPredicate(predictedFacts, goldFacts), Errors(goldFacts, predictedFacts, entities));
    }

    private static FactKeySet<GoldFact> GoldKeys(GoldDocument gold, bool withPredicate)
    {
        var keys = new FactKeySet<GoldFact>();
        foreach (GoldFact fact in gold.Facts)
        {
            keys.Add(FactKey.Of(fact.Subject, fact.Predicate, fact.Object, withPredicate), fact.Predicate, fact);
        }

        return keys;
    }

    private static FactKeySet<ExtractedFact> PredictedKeys(ArticleExtraction predicted, EntityAlignment alignment, bool withPredicate)
    {
        var keys = new FactKeySet<ExtractedFact>();
        foreach (ExtractedFact fact in predicted.Facts)
        {
            if (alignment.GoldIdOf(fact.Subject) is { } subject && alignment.GoldIdOf(fact.Object) is { } obj)
            {
                keys.Add(FactKey.Of(subject, fact.Predicate, obj, withPredicate), fact.Predicate, fact);
            }
            else
            {
                keys.AddUnaligned(fact.Predicate, fact);
            }
        }

        return keys;
    }

    private static PrfCounts Counts<TPredicted, TGold>(
        FactKeySet<TPredicted> predicted, FactKeySet<TGold> gold, Predicate? only = null)
    {
        var predictedFacts = predicted.All.Where(f => only is null || f.Predicate == only).ToList();
        return new PrfCounts(
            predictedFacts.Count(f => gold.Contains(f.Key)),
            predictedFacts.Count,
            gold.All.Count(f => only is null || f.Predicate == only));
    }

    private static List<PredicateScore> ByPredicate(FactKeySet<ExtractedFact> predicted, FactKeySet<GoldFact> gold) =>
        [.. PredicateInfo.All
            .Select(info => new PredicateScore(info.Predicate, Counts(predicted, gold, info.Predicate)))
            .Where(p => p.Facts.Predicted + p.Facts.Gold > 0)];

    private static ArticleErrors Errors(FactKeySet<GoldFact> gold, FactKeySet<ExtractedFact> predicted, AlignedEntities names)
    {
        var missed = gold.All
            .Where(f => !predicted.Contains(f.Key))
            .Select(f => new FactError(
                names.Gold(f.Fact.Subject), f.Predicate, names.Gold(f.Fact.Object), f.Fact.Sentence,
                names.IsGoldAligned(f.Fact.Subject), names.IsGoldAligned(f.Fact.Object)))
            .ToList();
        var spurious = predicted.All
            .Where(f => !gold.Contains(f.Key))
            .Select(f => new FactError(
                names.Predicted(f.Fact.Subject), f.Predicate, names.Predicted(f.Fact.Object), f.Fact.Sentence,
                names.IsPredictedAligned(f.Fact.Subject), names.IsPredictedAligned(f.Fact.Object)))
            .ToList();
        return new ArticleErrors(missed, spurious, names.MissedEntities(), names.SpuriousEntities(), names.MistypedEntities());
    }
}
