using Graph.Extraction.Evaluation;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class NameNormalizerTests
{
    private static readonly string[] EdgeCases =
    [
        "The Hague", "the", "the.", "THE  U.S.", "theory", "  the  x ", "the the", "the's", "the’s council",
        "Iran's", "IRAN’S", "Iran‘s", "James's Park", "'s", "x's's", "it'sy", "the 's",
        "Côte d’Ivoire", "Co\u0302te d'Ivoire", "São Tomé", "Ｆｕｌｌ", "\uFB01x", "½", "x\u00A0y", "a\u0301",
        "İstanbul", "ΟΔΟΣ", "Οδος", "ΟΔΟΣ.", "Σ", "AΣ'", "al-Assad", "U.S.", "Hezbollah's", "snake_case", "R2-D2",
        "١٢٣", "Ⅻ", "a\u200Db", "\u1100\u1161", "", " ", "—", "\uD800x",
    ];

    [Theory]
    [InlineData("The Hague", "hague")]
    [InlineData("the", "the")] // nothing follows, so "the" stays
    [InlineData("the.", "")] // a separator follows, so "the" goes
    [InlineData("theory", "theory")]
    [InlineData("  The  U.S. ", "u s")]
    [InlineData("Iran's", "iran")]
    [InlineData("IRAN\u2019S", "iran")] // curly apostrophe, upper case
    [InlineData("Iran\u2018s", "iran")]
    [InlineData("James's Park", "james park")]
    [InlineData("x's's", "x")]
    [InlineData("it'sy", "it sy")] // "'s" inside a word stays; the apostrophe separates
    [InlineData("the's", "the")] // the possessive goes, nothing follows "the"
    [InlineData("al-Assad", "al assad")]
    [InlineData("C\u00F4te d\u2019Ivoire", "c\u00F4te d ivoire")]
    [InlineData("Co\u0302te d'Ivoire", "c\u00F4te d ivoire")] // a decomposed accent composes
    [InlineData("\uFF26\uFF55\uFF4C\uFF4C", "full")]
    [InlineData("\u0130stanbul", "i stanbul")] // dotted capital I lower-cases to i and a combining dot, which separates
    [InlineData("\u039F\u0394\u039F\u03A3", "\u03BF\u03B4\u03BF\u03C2")] // final sigma
    [InlineData("\u039F\u0394\u039F\u03A3\u0391", "\u03BF\u03B4\u03BF\u03C3\u03B1")]
    [InlineData("snake_case", "snake_case")]
    [InlineData("", "")]
    public void Normalize_EdgeCases(string text, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, NameNormalizer.Normalize(null));
    }

    [SkippableFact]
    public void Normalize_EqualsTheReferenceScorersNorm()
    {
        string scorer = ReferenceScorer.Locate();

        // Given the edge cases and every character of the first planes between two letters
        var texts = new List<string>(EdgeCases);
        for (int code = 0x20; code < 0x3400; code++)
        {
            if (code is < 0xD800 or > 0xDFFF)
            {
                texts.Add("The " + char.ConvertFromUtf32(code) + "s" + char.ConvertFromUtf32(code) + "'s");
            }
        }

        // When both normalize them
        IReadOnlyList<string?> expected = ReferenceScorer.Norm(scorer, texts);

        // Then every form is the same (characters newer than Python's Unicode version left aside)
        Assert.Equal(texts.Count, expected.Count);
        Assert.True(expected.Count(e => e is not null) > 10_000, "most characters are assigned in Python's Unicode version");
        var different = texts.Where((t, i) => expected[i] is { } form && NameNormalizer.Normalize(t) != form).Take(10).ToList();
        Assert.True(different.Count == 0, "differs for: " + string.Join(" | ", different));
    }
}
