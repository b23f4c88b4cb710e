using System.Globalization;
using Graph.Model.Unicode;

namespace Graph.Model.Tests.Unicode;

public sealed class UnicodeNormalizerTests
{
    // Expected forms as Python's unicodedata.normalize("NFC", …) gives them (Unicode 14.0).
    [Theory]
    [InlineData("e\u0301", "00E9")]
    [InlineData("\u212B", "00C5")]                     // a singleton decomposition never recomposes
    [InlineData("A\u030A", "00C5")]
    [InlineData("\u1100\u1161\u11A8", "AC01")]         // Hangul, composed algorithmically
    [InlineData("\uAC00\u11A8", "AC01")]
    [InlineData("\u0344", "0308 0301")]                // excluded from composition
    [InlineData("a\u0301\u0328", "0105 0301")]         // marks put in canonical order first
    [InlineData("a\u0328\u0301", "0105 0301")]
    [InlineData("\u00C5\u0301", "01FA")]
    [InlineData("\u0958", "0915 093C")]                // composition exclusion
    [InlineData("\U0001D15E", "1D157 1D165")]           // outside the BMP
    [InlineData("s\u0323\u0307", "1E69")]
    [InlineData("\uFB01", "FB01")]                     // compatibility characters stay (that is NFKC's business)
    [InlineData("\u2126", "03A9")]
    [InlineData("\u1E0B\u0323", "1E0D 0307")]
    public void Nfc_ComposesAsTheStandardSays(string text, string expected) =>
        Assert.Equal(expected, Hex(UnicodeNormalizer.Nfc.Normalize(text)));

    [Theory]
    [InlineData("Saudi Arabia cut ties with Qatar.")]
    [InlineData("Côte d\u2019Ivoire \u00E9t\u00E9 \uAC01 \uD83D\uDE00")]
    public void Nfc_TextAlreadyComposed_IsTheSameInstance(string text) =>
        Assert.Same(text, UnicodeNormalizer.Nfc.Normalize(text));

    private static string Hex(string text)
    {
        var codes = new List<string>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            codes.Add(char.ConvertToUtf32(text, i).ToString("X4", CultureInfo.InvariantCulture));
        }

        return string.Join(' ', codes);
    }
}
