namespace Graph.Extraction.Resources;

/// <summary>The word class of an event pattern's trigger (the UD part of speech of its head).</summary>
public enum EventPos
{
    /// <summary>A verb ("impose", "attack"): the actor is its subject.</summary>
    Verb,

    /// <summary>An event noun ("war", "sanctions"): the actor is its possessor, its modifier or the clause subject.</summary>
    Noun,

    /// <summary>
    /// A word of feeling written as an adjective or participle ("alarmed", "concerned", "grateful"): the actor is who
    /// feels it (its subject, even in the passive), the target what the feeling is about ("alarmed by X").
    /// </summary>
    Adjective,
}
