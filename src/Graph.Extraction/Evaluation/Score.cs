namespace Graph.Extraction.Evaluation;

/// <summary>The three scores of an article, or of several articles added up.</summary>
/// <param name="Entities">Entities aligned with a gold entity of the same type.</param>
/// <param name="Facts">Facts whose subject, predicate and object match a gold fact.</param>
/// <param name="Pairs">Facts whose subject and object match a gold fact, whatever the predicate.</param>
public sealed record Score(PrfCounts Entities, PrfCounts Facts, PrfCounts Pairs)
{
    /// <summary>No entities, facts or pairs.</summary>
    public static Score Zero { get; } = new(default, default, default);

    /// <summary>Adds counts field by field (micro-averaging).</summary>
    public static Score operator +(Score left, Score right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Entities + right.Entities, left.Facts + right.Facts, left.Pairs + right.Pairs);
    }

    /// <summary>Adds counts field by field.</summary>
    public static Score Add(Score left, Score right) => left + right;
}
