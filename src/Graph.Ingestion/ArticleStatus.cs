namespace Graph.Ingestion;

/// <summary>What happened to one input.</summary>
public enum ArticleStatus
{
    /// <summary>New article, stored.</summary>
    Added,

    /// <summary>Same content already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>Could not be read, extracted or stored; the store is untouched for it.</summary>
    Failed,
}
