namespace Graph.Model;

/// <summary>Whether a predicate states a lasting relation or reports an action.</summary>
public enum PredicateKind
{
    /// <summary>A lasting relation (holds a position, located in, member of ...).</summary>
    Structural,

    /// <summary>Something an actor did to a target; becomes an event with a CAMEO code.</summary>
    Action,
}
