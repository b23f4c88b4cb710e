namespace Graph.Extraction.Evaluation;

/// <summary>How strongly a predicted entity's names match a gold entity's; stronger evidence is aligned first.</summary>
public enum AlignmentLevel
{
    /// <summary>Some alias of one is an alias of the other.</summary>
    SharedAlias = 1,

    /// <summary>The name of one is an alias of the other.</summary>
    NameInAliases = 2,

    /// <summary>The two names are the same.</summary>
    ExactName = 3,
}
