namespace Graph.Model;

/// <summary>What the graph knows about one predicate: its wire name, kind, CAMEO code and symmetry.</summary>
/// <param name="Predicate">The predicate.</param>
/// <param name="Name">Upper snake-case name used in the exchange format, Neo4j relationship types and RDF.</param>
/// <param name="Kind">Structural relation or action.</param>
/// <param name="Cameo">CAMEO event code for actions; <c>null</c> for structural predicates.</param>
/// <param name="IsSymmetric">True when subject and object may be swapped without changing the meaning.</param>
public sealed record PredicateInfo(Predicate Predicate, string Name, PredicateKind Kind, string? Cameo, bool IsSymmetric)
{
    private static readonly PredicateInfo[] Table =
    [
        new(Predicate.HoldsPosition, "HOLDS_POSITION", PredicateKind.Structural, null, false),
        new(Predicate.LocatedIn, "LOCATED_IN", PredicateKind.Structural, null, false),
        new(Predicate.MemberOf, "MEMBER_OF", PredicateKind.Structural, null, false),
        new(Predicate.Leads, "LEADS", PredicateKind.Structural, null, false),
        new(Predicate.AlliedWith, "ALLIED_WITH", PredicateKind.Structural, null, true),
        new(Predicate.Supports, "SUPPORTS", PredicateKind.Structural, null, false),
        new(Predicate.Opposes, "OPPOSES", PredicateKind.Structural, null, false),
        new(Predicate.LoyalTo, "LOYAL_TO", PredicateKind.Structural, null, false),
        new(Predicate.Funds, "FUNDS", PredicateKind.Structural, null, false),
        new(Predicate.Statement, "STATEMENT", PredicateKind.Action, "010", false),
        new(Predicate.Appeal, "APPEAL", PredicateKind.Action, "020", false),
        new(Predicate.Meet, "MEET", PredicateKind.Action, "040", true),
        new(Predicate.Visit, "VISIT", PredicateKind.Action, "042", false),
        new(Predicate.Host, "HOST", PredicateKind.Action, "043", false),
        new(Predicate.Mediate, "MEDIATE", PredicateKind.Action, "045", false),
        new(Predicate.Praise, "PRAISE", PredicateKind.Action, "051", false),
        new(Predicate.Agree, "AGREE", PredicateKind.Action, "057", true),
        new(Predicate.Cooperate, "COOPERATE", PredicateKind.Action, "060", true),
        new(Predicate.Demand, "DEMAND", PredicateKind.Action, "100", false),
        new(Predicate.Criticize, "CRITICIZE", PredicateKind.Action, "111", false),
        new(Predicate.Accuse, "ACCUSE", PredicateKind.Action, "112", false),
        new(Predicate.Reject, "REJECT", PredicateKind.Action, "120", false),
        new(Predicate.Deny, "DENY", PredicateKind.Action, "016", false),
        new(Predicate.Warn, "WARN", PredicateKind.Action, "130", false),
        new(Predicate.Threaten, "THREATEN", PredicateKind.Action, "130", false),
        new(Predicate.BreakRelations, "BREAK_RELATIONS", PredicateKind.Action, "161", false),
        new(Predicate.ImposeSanctions, "IMPOSE_SANCTIONS", PredicateKind.Action, "163", false),
        new(Predicate.Attack, "ATTACK", PredicateKind.Action, "190", false),
    ];

    private static readonly Dictionary<string, PredicateInfo> ByName =
        Table.ToDictionary(info => info.Name, StringComparer.Ordinal);

    /// <summary>Every predicate, in declaration order.</summary>
    public static IReadOnlyList<PredicateInfo> All => Table;

    /// <summary>True for predicates that become event nodes.</summary>
    public bool IsAction => Kind == PredicateKind.Action;

    /// <summary>The information for <paramref name="predicate"/>.</summary>
    public static PredicateInfo Of(Predicate predicate) => Table[(int)predicate];

    /// <summary>Looks a predicate up by its upper snake-case name.</summary>
    /// <returns>False when the name is not in the closed set.</returns>
    public static bool TryParse(string name, out PredicateInfo info) =>
        ByName.TryGetValue(name, out info!);
}
