namespace Graph.Extraction.Resources.Derivation;

/// <summary>A pattern line of a verb block: <c>- [before] * [after] [code] # comment</c>.</summary>
/// <param name="Line">Its 1-based line number in the dictionary.</param>
/// <param name="BeforeVerb">The elements before <c>*</c>.</param>
/// <param name="AfterVerb">The elements after <c>*</c>.</param>
/// <param name="Code">Its code.</param>
/// <param name="NamedVerbs">The verbs its comment names, lower case: the dictionary writes there the verb (or
/// verbs, comma-separated) the pattern was written for; empty when the comment is only a note.</param>
/// <param name="Error">Why the line could not be read, or null.</param>
internal sealed record CameoPattern(
    int Line, IReadOnlyList<PatternElement> BeforeVerb, IReadOnlyList<PatternElement> AfterVerb, CameoCode Code, IReadOnlyList<string> NamedVerbs, string? Error);
