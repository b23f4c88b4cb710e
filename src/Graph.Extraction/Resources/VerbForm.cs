namespace Graph.Extraction.Resources;

/// <summary>Where a trigger's actor and target are found (see data/lexicon/verbs.tsv).</summary>
public enum VerbForm
{
    /// <summary>Actor before the verb, target after.</summary>
    Active,

    /// <summary>Target before the verb, actor after "by".</summary>
    Passive,

    /// <summary>Coordinated actors after the trigger ("talks between A and B").</summary>
    Between,

    /// <summary>Noun trigger: actor is the possessor or the clause subject, target after.</summary>
    Noun,

    /// <summary>Predicate adjective ("loyal to"): like active.</summary>
    Adjective,
}
