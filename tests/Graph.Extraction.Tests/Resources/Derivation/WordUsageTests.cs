using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class WordUsageTests
{
    private static WordUsage Usage(params string[] texts) => WordUsage.From(string.Empty, texts);

    [Fact]
    public void IsWrittenInCapitals_WhenTextWritesTheWordSoMoreOftenThanNot()
    {
        var usage = Usage("ASEAN and ASEAN met. Save the SAVE plan; save it, save more.", "US and us and Us; US.");

        Assert.True(usage.IsWrittenInCapitals("asean"));
        Assert.False(usage.IsWrittenInCapitals("save"));
        // Lower-case "us" is another word: two capitals against one initial capital make an acronym.
        Assert.True(usage.IsWrittenInCapitals("us"));
    }

    [Fact]
    public void IsWrittenInCapitals_NeedsTwoOccurrences()
    {
        Assert.False(Usage("The PAVON family.").IsWrittenInCapitals("pavon"));
    }

    [Fact]
    public void MixedForm_IsKeptWhenTextShowsItMostOften()
    {
        var usage = Usage("PepsiCo sells. PepsiCo buys. Pepsico once.", "The FBl once.");

        Assert.Equal("PepsiCo", usage.MixedForm("PEPSICO"));
        Assert.Null(usage.MixedForm("fbl"));
    }

    [Fact]
    public void IsWrittenInLowerCase_AndIsOrdinary_ComeFromTheirOwnSources()
    {
        var usage = WordUsage.From("1\tgreen\tgreen\tADJ", ["a cornerstone, the cornerstone. Cornerstone."]);

        Assert.True(usage.IsWrittenInLowerCase("Cornerstone"));
        Assert.False(usage.IsOrdinary("cornerstone"));
        Assert.True(usage.IsOrdinary("Green"));
    }

    [Fact]
    public void OrdinaryCapitalizedWords_AreLowerCaseMostlyAndCapitalizedAtLeastTwice()
    {
        var usage = WordUsage.From(string.Empty, ["Access grew. Access fell. more access, less access, fair access. Once: Support. some support, more support. Okafor and Okafor, okafor."]);

        Assert.Equal(["access"], usage.OrdinaryCapitalizedWords());
    }
}
