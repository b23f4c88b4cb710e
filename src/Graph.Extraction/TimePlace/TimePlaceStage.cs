using Graph.Extraction.Coreference;
using Graph.Extraction.Mentions;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.TimePlace;

/// <summary>Gives every fact a date (resolved against the publication date) and a place ("in Cairo", or the city visited).</summary>
public sealed class TimePlaceStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dates = new Dictionary<int, DateOnly?>();
        var places = new Dictionary<int, string?>();
        context.Facts.Update(fact =>
        {
            if (!dates.TryGetValue(fact.SentenceIndex, out DateOnly? date))
            {
                dates[fact.SentenceIndex] = date = DateResolver.Resolve(context.Sentences[fact.SentenceIndex].Tokens, context.Document.Published);
            }

            if (!places.TryGetValue(fact.SentenceIndex, out string? place))
            {
                places[fact.SentenceIndex] = place = context.MentionsIn(fact.SentenceIndex)
                    .FirstOrDefault(m => m.EffectiveType == EntityType.City && m.Preposition is "in" or "at" && m.EntityIds.Count > 0)?.EntityIds[0];
            }

            if (fact.Predicate == Predicate.Visit && context.Entities.Find(fact.Object) is { Type: EntityType.City } visited)
            {
                place = visited.Id;
            }

            bool structural = !PredicateInfo.Of(fact.Predicate).IsAction;
            return fact with { Date = structural ? null : date, Place = structural ? null : place };
        });
    }
}
