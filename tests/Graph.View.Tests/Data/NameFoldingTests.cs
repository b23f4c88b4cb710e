using Graph.View.Data;

namespace Graph.View.Tests.Data;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Ángela Díaz", "angela diaz")]
    [InlineData("  ÁNGELA   díaz ", "angela diaz")]
    [InlineData("Carl O’Neil", "carl oneil")]
    [InlineData("O'Neil-Smith", "oneil smith")]
    [InlineData("Zürich", "zurich")]
    [InlineData("Ñuñoa", "nunoa")]
    [InlineData("Français", "francais")]
    [InlineData("Αθήνα", "αθηνα")]
    [InlineData("محمد", "محمد")]
    [InlineData("\u202Eevil\u202C", "evil")]
    [InlineData("a\u0000b\u2028c", "a b c")]
    [InlineData("<script>", "script")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    public void Fold_DropsAccentsCaseAndPunctuation(string text, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(text));
    }

    [Fact]
    public void Fold_DecomposedAndComposedFormsFoldAlike()
    {
        Assert.Equal(NameFolding.Fold("Jose\u0301"), NameFolding.Fold("Jos\u00E9"));
    }

    [Fact]
    public void Fold_UnpairedSurrogate_SeparatesWords()
    {
        Assert.Equal("a b", NameFolding.Fold("a\uD800b"));
    }
}
