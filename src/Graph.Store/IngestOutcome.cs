namespace Graph.Store;

/// <summary>What storing one article did.</summary>
public enum IngestOutcome
{
    /// <summary>The article was new; its entities, mentions and facts were merged in.</summary>
    Added,

    /// <summary>An article with the same content was already stored; nothing changed.</summary>
    Unchanged,
}
