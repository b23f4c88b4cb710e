using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class WordCaseCountsTests
{
    private static WordCaseCounts Count(string text)
    {
        var counts = new WordCaseCounts();
        counts.AddText(text);
        return counts;
    }

    [Fact]
    public void AddText_CountsEachCaseOfAWord()
    {
        var counts = Count("ASEAN met. The Asean summit, asean, PepsiCo and PepsiCo.\n");

        WordCase asean = Assert.IsType<WordCase>(counts.Get("Asean"));
        Assert.Equal((1, 1, 1, 0), (asean.Capitals, asean.Initial, asean.Lower, asean.Mixed));
        Assert.Equal("PepsiCo", counts.Get("PEPSICO")?.MixedForm);
        Assert.Equal(2, counts.Get("pepsico")?.Mixed);
    }

    [Fact]
    public void AddText_LeavesOutWhatIsNoProse()
    {
        var counts = Count(string.Join('\n',
            "---", "title: \"NATO Summit\"", "---",
            "FACT SHEET: NATO ALLIES MEET",
            "<td class=\"cell\">HECTOR SMITH</td>",
            "MS. JONES: Thank you, Hector.",
            "See https://example.org/%E2%80%9CNo and the NGOs here."));

        Assert.Null(counts.Get("nato"));
        Assert.Null(counts.Get("sheet"));
        Assert.Null(counts.Get("cell"));
        Assert.Null(counts.Get("jones"));
        Assert.Null(counts.Get("cno"));
        Assert.Equal(0, counts.Get("hector")?.Capitals);
        Assert.Equal(1, counts.Get("hector")?.Initial);
        Assert.Equal(0, counts.Get("ngos")?.Mixed);
    }
}
