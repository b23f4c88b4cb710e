namespace Graph.Syntax.Evaluation;

/// <summary>Accuracy of a model against gold sentences (gold tokenization), over all words including punctuation.</summary>
/// <param name="Words">Number of words scored.</param>
/// <param name="Upos">Share of words with the right universal tag.</param>
/// <param name="Xpos">Share of words with the right Penn tag.</param>
/// <param name="Lemma">Share of words with the right lemma.</param>
/// <param name="Uas">Share of words with the right head.</param>
/// <param name="Las">Share of words with the right head and universal relation (the part before any colon), as in CoNLL 2018.</param>
/// <param name="FullLas">Share of words with the right head and full relation including its subtype.</param>
public sealed record SyntaxScores(int Words, double Upos, double Xpos, double Lemma, double Uas, double Las, double FullLas);
