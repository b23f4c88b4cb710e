namespace Graph.Syntax.Tests;

public class ParsedSentenceTests
{
    [Fact]
    public void Children_GivesDependentsInOrderAndRootsForMinusOne()
    {
        var sentence = new ParsedSentence(
        [
            new SyntaxToken(0, "Iran", 0, 4, "Iran", "PROPN", "NNP", 1, "nsubj"),
            new SyntaxToken(1, "denied", 5, 11, "deny", "VERB", "VBD", -1, "root"),
            new SyntaxToken(2, "it", 12, 14, "it", "PRON", "PRP", 1, "obj"),
            new SyntaxToken(3, ".", 14, 15, ".", "PUNCT", ".", 1, "punct"),
        ]);

        Assert.Equal([0, 2, 3], sentence.Children(1));
        Assert.Equal([1], sentence.Children(-1));
        Assert.Empty(sentence.Children(0));
        Assert.Empty(sentence.Children(42));
    }

    [Fact]
    public void HeadsWithin_GivesThePhrasesTokensWhoseHeadLiesOutside()
    {
        var sentence = new ParsedSentence(
        [
            new SyntaxToken(0, "Prime", 0, 5, "Prime", "ADJ", "NNP", 3, "nsubj"),
            new SyntaxToken(1, "Minister", 6, 14, "Minister", "PROPN", "NNP", 0, "flat"),
            new SyntaxToken(2, "Kallas", 15, 21, "Kallas", "PROPN", "NNP", 0, "flat"),
            new SyntaxToken(3, "spoke", 22, 27, "speak", "VERB", "VBD", -1, "root"),
        ]);

        Assert.Equal([0], sentence.HeadsWithin(0, 21));
        Assert.Equal([1, 2], sentence.HeadsWithin(6, 21));
        Assert.Equal([3], sentence.HeadsWithin(0, 27));
        Assert.Empty(sentence.HeadsWithin(28, 40));
    }
}
