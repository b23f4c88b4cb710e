using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class NounLemmaTests
{
    [Theory]
    [InlineData("SANCTIONS", "sanction")]
    [InlineData("TIES", "tie")]
    [InlineData("TALKS", "talk")]
    [InlineData("RALLIES", "rally")]
    [InlineData("MARCHES", "march")]
    [InlineData("ADDRESSES", "address")]
    [InlineData("FORCES", "force")]
    [InlineData("CRISES", "crisis")]
    [InlineData("CRITICS", "critic")]
    [InlineData("EMBARGO", "embargo")]
    [InlineData("PROGRESS", "progress")]
    [InlineData("CONSENSUS", "consensus")]
    [InlineData("NEWS", "news")]
    [InlineData("TEARGAS", "teargas")]
    [InlineData("BIAS", "bias")]
    [InlineData("IDEAS", "idea")]
    [InlineData("ARMS", "arm")]
    public void Singular_OfAPluralOrASingular(string word, string expected)
    {
        Assert.Equal(expected, NounLemma.Singular(word));
    }
}
