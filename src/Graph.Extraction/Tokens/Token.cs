namespace Graph.Extraction.Tokens;

/// <summary>A token of the article text.</summary>
/// <param name="Text">The characters, verbatim.</param>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">Coarse class.</param>
public sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    /// <summary>Lower-case form.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>True when the token is a word starting with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>True for a word.</summary>
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when this is the given punctuation or quote character.</summary>
    public bool Is(char c) => Text.Length == 1 && Text[0] == c;
}
