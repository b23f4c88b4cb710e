using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Where the target of a light-verb phrase is when the dictionary marks no place for it: "impose SANCTIONS
/// on Iran", "hold TALKS with Chile", "express CONCERN over Russia". The support noun is the verb's direct
/// object, so the target is the object of a preposition, the one the predicate usually takes.
/// </summary>
internal static class SupportNounTargets
{
    /// <summary>The prepositions that introduce the target of <paramref name="predicate"/> after a support noun.</summary>
    public static IReadOnlyList<string> For(Predicate predicate) => predicate switch
    {
        Predicate.Statement => ["about", "on", "to"],
        Predicate.Appeal => ["on", "to"],
        Predicate.Meet or Predicate.Agree or Predicate.Cooperate => ["with"],
        Predicate.BreakRelations => ["from", "with"],
        Predicate.Visit => ["to"],
        Predicate.Host => ["for"],
        Predicate.Mediate => ["between"],
        Predicate.Praise => ["to"],
        Predicate.Supports or Predicate.Funds => ["for", "to"],
        Predicate.Demand => ["from", "of", "on"],
        Predicate.Criticize => ["about", "against", "at", "of", "over"],
        Predicate.Accuse => ["against"],
        Predicate.Reject => ["from", "of"],
        Predicate.Deny => ["of"],
        Predicate.Warn => ["against", "to"],
        Predicate.Threaten => ["against", "to"],
        Predicate.ImposeSanctions => ["against", "on"],
        Predicate.Attack => ["against", "at", "in", "into", "on"],
        Predicate.Opposes => ["against", "to"],
        _ => [],
    };
}
