namespace Graph.Extraction.Resources.Derivation;

/// <summary>The kinds of element a CAMEO verb pattern is written with.</summary>
internal enum PatternElementKind
{
    /// <summary>A word (a noun head, or in older patterns a particle or preposition).</summary>
    Word,

    /// <summary><c>{...}</c>: a noun phrase whose last element is its head.</summary>
    Group,

    /// <summary><c>&amp;NAME</c>: any member of a synonym set.</summary>
    Synset,

    /// <summary><c>(PREP ...)</c>: a prepositional phrase; its text is the preposition.</summary>
    Phrase,

    /// <summary><c>*</c>: the verb's position.</summary>
    Verb,

    /// <summary><c>$</c>: the source actor's position.</summary>
    Source,

    /// <summary><c>+</c>: the target actor's position.</summary>
    Target,

    /// <summary><c>^</c>: any noun phrase, skipped.</summary>
    Any,

    /// <summary><c>%</c>: a compound actor.</summary>
    Compound,
}
