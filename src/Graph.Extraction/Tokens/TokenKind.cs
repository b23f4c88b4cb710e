namespace Graph.Extraction.Tokens;

/// <summary>Coarse class of a token.</summary>
public enum TokenKind
{
    /// <summary>A word, possibly hyphenated or abbreviated ("al-Kadhimi", "U.S.").</summary>
    Word,

    /// <summary>A number ("120,000").</summary>
    Number,

    /// <summary>A quotation mark.</summary>
    Quote,

    /// <summary>The possessive ending "'s".</summary>
    Possessive,

    /// <summary>Any other punctuation character.</summary>
    Punctuation,
}
