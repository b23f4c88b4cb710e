using Graph.Model;

namespace Graph.Model.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Talks\u0001 failed.", "Talks failed.")]
    [InlineData("a\u0000b\u001Fc\u007Fd\u0080e\u009Ff", "abcdef")]
    [InlineData("tab\tand\nnewline stay", "tab\tand\nnewline stay")]
    [InlineData("one\r\ntwo\rthree\u0085four\u2028five\u2029six\u000Bseven\u000Ceight", "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("non\uFDD0char\uFFFEacters\uFFFF", "noncharacters")]
    [InlineData("plane one \uD83F\uDFFE gone", "plane one  gone")]
    [InlineData("Cote\u0301 d\u2019Ivoire", "Cot\u00E9 d\u2019Ivoire")]
    [InlineData("Cote\u0301\u0001", "Cot\u00E9")]
    public void Normalize_RemovesOrReplacesWhatNoSyntaxCanCarry(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    // Built here, not in attribute data: test discovery does not carry unpaired surrogates through intact.
    [Fact]
    public void Normalize_UnpairedSurrogate_BecomesReplacementCharacter()
    {
        string high = "\uD800", low = "\uDC00";

        Assert.Equal("lone \uFFFD high and \uFFFD low", TextNormalizer.Normalize("lone " + high + " high and " + low + " low"));
        Assert.Equal("ends with \uFFFD", TextNormalizer.Normalize("ends with " + "\uD83D"));
        Assert.Equal("\uFFFD\uFFFDx", TextNormalizer.Normalize(low + high + "x"));
        Assert.False(TextNormalizer.IsNormalized(high));
    }

    [Fact]
    public void Normalize_CleanText_IsReturnedAsIs()
    {
        string text = "Saudi Arabia cut ties with Qatar.\nCôte d'Ivoire \uD83D\uDE00 \u00A0 — fine.";

        Assert.Same(text, TextNormalizer.Normalize(text));
        Assert.True(TextNormalizer.IsNormalized(text));
    }

    [Theory]
    [InlineData("a\u0001")]
    [InlineData("a\r\nb")]
    [InlineData("\uFFFF")]
    [InlineData("e\u0301")]
    public void IsNormalized_TextNeedingRepair_IsFalse(string text) =>
        Assert.False(TextNormalizer.IsNormalized(text));

    [Fact]
    public void Normalize_IsIdempotent()
    {
        string once = TextNormalizer.Normalize("x\r\n\u0001\uD800e\u0301\uFFFE\u2028y");

        Assert.Equal(once, TextNormalizer.Normalize(once));
        Assert.True(TextNormalizer.IsNormalized(once));
    }
}
