namespace Graph.Syntax.Training;

/// <summary>One annotated sentence of a CoNLL-U treebank: its syntactic words and, when given, its raw text.</summary>
/// <param name="Id">The <c># sent_id</c> comment, or the sentence's ordinal.</param>
/// <param name="Text">The <c># text</c> comment (the sentence as written), or null.</param>
/// <param name="Words">The syntactic words (multiword-token ranges and empty nodes are not words).</param>
/// <param name="Tokens">The surface tokens: a multiword token ("don't") once, other words as themselves.</param>
public sealed record ConlluSentence(string Id, string? Text, IReadOnlyList<ConlluWord> Words, IReadOnlyList<string> Tokens);

/// <summary>One syntactic word of a CoNLL-U sentence.</summary>
/// <param name="Form">The word form.</param>
/// <param name="Lemma">The lemma.</param>
/// <param name="Upos">The universal part-of-speech tag.</param>
/// <param name="Xpos">The language-specific tag.</param>
/// <param name="Head">Index of the head word from 0, -1 for the root.</param>
/// <param name="Relation">The dependency relation with its subtype.</param>
public sealed record ConlluWord(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation)
{
    /// <summary>The MISC column (<c>_</c> when empty): spacing, and in some treebanks entity mentions.</summary>
    public string Misc { get; init; } = "_";
}
