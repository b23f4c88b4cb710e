namespace Graph.Extraction.Resources;

/// <summary>One surface form of a title.</summary>
/// <param name="Title">Canonical title ("Defence Minister").</param>
/// <param name="Tokens">The surface form split into tokens.</param>
/// <param name="Kind">What the title says about the person.</param>
/// <param name="Scope">Whether the office is one of a country's national government, or its head's.</param>
public sealed record TitleEntry(string Title, IReadOnlyList<string> Tokens, TitleKind Kind, TitleScope Scope = TitleScope.None)
{
    /// <summary>True when the title's words, in any case, are <paramref name="words"/> from <paramref name="start"/> on.</summary>
    public bool IsWrittenAt(IReadOnlyList<string> words, int start) =>
        start + Tokens.Count <= words.Count && Tokens.Select((w, k) => string.Equals(w, words[start + k], StringComparison.OrdinalIgnoreCase)).All(x => x);
}
