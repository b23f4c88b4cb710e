using Graph.Extraction.Internal;

namespace Graph.Extraction.Tests.Internal;

public sealed class CompatibilityNormalizationTests
{
    [Theory]
    [InlineData("e\u0301", "\u00E9")] // a decomposed accent composes
    [InlineData("\u00E9", "\u00E9")] // a composed one stays
    [InlineData("\uFB01x", "fix")] // ligature
    [InlineData("\uFF26\uFF55\uFF4C\uFF4C", "Full")] // full-width letters
    [InlineData("\u00BD", "1\u20442")] // vulgar fraction
    [InlineData("x\u00B2", "x2")] // superscript
    [InlineData("a\u00A0b", "a b")] // no-break space
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo compose into a syllable
    [InlineData("\uAC01", "\uAC01")]
    [InlineData("a\u0323\u0302", "\u1EAD")] // marks in canonical order compose
    [InlineData("a\u0302\u0323", "\u1EAD")] // marks out of order are reordered, then compose
    [InlineData("\u0301e", "\u0301e")] // a leading mark composes with nothing
    [InlineData("\u212B", "\u00C5")] // a singleton decomposition (angstrom sign)
    [InlineData("\u2126", "\u03A9")] // ohm sign
    [InlineData("\U0001D400", "A")] // mathematical bold capital A, outside the BMP
    public void Normalize_GivesFormKc(string text, string expected)
    {
        Assert.Equal(expected, CompatibilityNormalization.Normalize(text));
    }

    [Fact]
    public void Normalize_PlainAsciiText_IsReturnedAsItIs()
    {
        string text = "Saudi Arabia cut ties with Qatar.";

        Assert.Same(text, CompatibilityNormalization.Normalize(text));
    }

    [Fact]
    public void Normalize_UnpairedSurrogate_IsKept()
    {
        Assert.Equal("a\uD800\u00E9", CompatibilityNormalization.Normalize("a\uD800e\u0301"));
    }
}
