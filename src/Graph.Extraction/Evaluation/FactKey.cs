using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// What makes two facts the same for scoring: gold subject, predicate (none when scoring pairs) and gold object,
/// the two ends in ordinal order for symmetric predicates and for pairs.
/// </summary>
internal readonly record struct FactKey(string Subject, Predicate? Predicate, string Object)
{
    public static FactKey Of(string subject, Predicate predicate, string obj, bool withPredicate)
    {
        bool unordered = !withPredicate || PredicateInfo.Of(predicate).IsSymmetric;
        if (unordered && string.CompareOrdinal(subject, obj) > 0)
        {
            (subject, obj) = (obj, subject);
        }

        return new FactKey(subject, withPredicate ? predicate : null, obj);
    }
}
