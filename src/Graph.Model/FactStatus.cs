namespace Graph.Model;

/// <summary>
/// What a sentence asserts about a fact. Only <see cref="Asserted"/> facts are facts in the exchange
/// format's sense; the others are kept so that a denial, an accusation or a threat can be traced to
/// the act it is about, and queries and views show them only when asked.
/// </summary>
public enum FactStatus
{
    /// <summary>The text says it happened, happens, or is scheduled or agreed to happen.</summary>
    Asserted,

    /// <summary>The text says it did not happen ("did not attack", "denied attacking").</summary>
    Negated,

    /// <summary>Possible, conditional or hypothetical ("could attack", "only if they agree to").</summary>
    Hypothetical,

    /// <summary>Wanted, planned, threatened or demanded, not done ("threatened to impose", "plans to visit").</summary>
    Intended,

    /// <summary>Claimed by someone other than the text ("accused B of attacking C", "allegedly backed").</summary>
    Alleged,
}
