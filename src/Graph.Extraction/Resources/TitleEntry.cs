namespace Graph.Extraction.Resources;

/// <summary>One surface form of a title.</summary>
/// <param name="Title">Canonical title ("Defence Minister").</param>
/// <param name="Tokens">The surface form split into tokens.</param>
/// <param name="Kind">What the title says about the person.</param>
public sealed record TitleEntry(string Title, IReadOnlyList<string> Tokens, TitleKind Kind);
