using Graph.Extraction.Tokens;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Sentences;

/// <summary>A sentence of the article.</summary>
/// <param name="Index">Zero-based sentence index in the article.</param>
/// <param name="Span">Character span in the article text.</param>
/// <param name="Text">The sentence, verbatim.</param>
/// <param name="IsHeadline">True for sentences of the headline.</param>
public sealed record Sentence(int Index, TextSpan Span, string Text, bool IsHeadline)
{
    /// <summary>Tokens, filled by the token stage.</summary>
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>The dependency parse, filled by the syntax stage (null before it runs).</summary>
    public ParsedSentence? Parse { get; init; }

    /// <summary>The names the trained recognizer finds in <see cref="Parse"/> (word indices of the parse), filled by the syntax stage.</summary>
    public IReadOnlyList<NameSpan> Names { get; init; } = [];

    /// <summary>
    /// In a headline or a line in title case, where each capitalized word after the first starts (its offset in the
    /// article) that reads as an inflected verb: a title-case line capitalizes its verbs too ("Okafor Names Envoy").
    /// Filled by the syntax stage; empty elsewhere.
    /// </summary>
    public IReadOnlySet<int> CapitalizedVerbs { get; init; } = EmptyOffsets;

    private static readonly IReadOnlySet<int> EmptyOffsets = new HashSet<int>();
}
