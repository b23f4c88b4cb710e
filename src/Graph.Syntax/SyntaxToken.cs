namespace Graph.Syntax;

/// <summary>One word of a parsed sentence, in Universal Dependencies v2 terms.</summary>
/// <param name="Index">Position within the sentence, from 0.</param>
/// <param name="Form">The word as written (a clitic such as <c>n't</c> is a word of its own).</param>
/// <param name="Start">Offset of the first character in the text given to the parser.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
/// <param name="Lemma">The dictionary form.</param>
/// <param name="Upos">The universal part-of-speech tag (NOUN, VERB, PROPN …).</param>
/// <param name="Xpos">The English Penn-style tag (NN, VBD, NNP …).</param>
/// <param name="Head">Index of the head word, -1 for the root.</param>
/// <param name="Relation">The dependency relation with its subtype (<c>nsubj:pass</c>, <c>obl:unmarked</c>, <c>root</c>).</param>
public sealed record SyntaxToken(int Index, string Form, int Start, int End, string Lemma, string Upos, string Xpos, int Head, string Relation);
