namespace Graph.Extraction.Mentions;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name ("Antony Blinken", "Kuwait").</summary>
    Name,

    /// <summary>An adjective or demonym of a place or group ("Iranian"); does not by itself add an entity.</summary>
    Adjective,

    /// <summary>A common-noun phrase that refers to an entity named elsewhere ("the US diplomat", "the groups").</summary>
    Descriptor,

    /// <summary>A pronoun ("he", "it", "their").</summary>
    Pronoun,
}
