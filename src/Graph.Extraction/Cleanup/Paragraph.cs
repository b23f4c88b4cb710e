using Graph.Model;

namespace Graph.Extraction.Cleanup;

/// <summary>A line of the article text and whether extraction reads it.</summary>
/// <param name="Index">Zero-based paragraph index (the headline, when present, is paragraph 0).</param>
/// <param name="Span">Character span in the article text.</param>
/// <param name="IsHeadline">True for the headline line.</param>
/// <param name="Skipped">Why the paragraph is skipped ("language:fr", "boilerplate"), or null when it is read.</param>
public sealed record Paragraph(int Index, TextSpan Span, bool IsHeadline, string? Skipped = null)
{
    /// <summary>True when extraction reads this paragraph.</summary>
    public bool IsKept => Skipped is null;
}
