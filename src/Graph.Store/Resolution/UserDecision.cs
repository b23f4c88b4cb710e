namespace Graph.Store.Resolution;

/// <summary>One line of the decisions file: <c>merge KEEP OTHER</c> or <c>split A B</c>.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="IsMerge">True for <c>merge</c>, false for <c>split</c>.</param>
/// <param name="First">KEEP of a merge, A of a split.</param>
/// <param name="Second">OTHER of a merge, B of a split.</param>
public sealed record UserDecision(int Line, bool IsMerge, string First, string Second)
{
    /// <summary>The two ids, ordinally ordered: a later line on the same pair replaces an earlier one.</summary>
    public (string, string) Pair => string.CompareOrdinal(First, Second) <= 0 ? (First, Second) : (Second, First);

    /// <summary>The line as the decisions file holds it.</summary>
    public override string ToString() => $"{(IsMerge ? "merge" : "split")}\t{First}\t{Second}";
}
