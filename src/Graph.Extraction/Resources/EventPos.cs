namespace Graph.Extraction.Resources;

/// <summary>The word class of an event pattern's trigger (the UD part of speech of its head).</summary>
public enum EventPos
{
    /// <summary>A verb ("impose", "attack"): the actor is its subject.</summary>
    Verb,

    /// <summary>An event noun ("war", "sanctions"): the actor is its possessor, its modifier or the clause subject.</summary>
    Noun,
}
