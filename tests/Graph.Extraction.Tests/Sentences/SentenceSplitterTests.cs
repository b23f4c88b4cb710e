using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;

namespace Graph.Extraction.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        Lexicon lexicon = ExtractionResources.Default.Lexicon;
        var splitter = new SentenceSplitter(lexicon.Abbreviations, lexicon.EnglishStopWords);
        return [.. splitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void Split_TitlesAndInitialismsInsideSentence_DoNotEndIt()
    {
        var sentences = Split("Dr. Amina Yusuf met Gen. Ortiz and U.S. envoys in Nairobi. Talks resume Monday.");
        Assert.Equal(["Dr. Amina Yusuf met Gen. Ortiz and U.S. envoys in Nairobi.", "Talks resume Monday."], sentences);
    }

    [Fact]
    public void Split_InitialismBeforeFunctionWord_EndsSentence()
    {
        var sentences = Split("The delegation flew to the U.S. The talks start today.");
        Assert.Equal(["The delegation flew to the U.S.", "The talks start today."], sentences);
    }

    [Fact]
    public void Split_QuotationClosingSentence_StaysWithIt()
    {
        var sentences = Split("\"We will not back down.\" The minister left. \"Never,\" she said.");
        Assert.Equal(["\"We will not back down.\"", "The minister left.", "\"Never,\" she said."], sentences);
    }

    [Fact]
    public void Split_QuestionAndExclamation_EndSentences() =>
        Assert.Equal(3, Split("Will Lima sign? Nobody knows! Officials declined to comment.").Count);

    [Fact]
    public void Split_MiddleInitial_DoesNotEndSentence() =>
        Assert.Single(Split("President John F. Kennedy visited Berlin in 1963."));
}
