namespace Graph.Syntax;

/// <summary>A name found in a parsed sentence: the words <c>[Start, End)</c> of its tokens.</summary>
/// <param name="Start">Index of the first word.</param>
/// <param name="End">Index just past the last word (exclusive).</param>
/// <param name="Type">What the name names.</param>
/// <param name="Margin">
/// How far the recognizer's weakest decision inside the span led the next best label (the lowest difference
/// of scores over its words); small margins mark guesses.
/// </param>
public sealed record NameSpan(int Start, int End, NameType Type, float Margin);
