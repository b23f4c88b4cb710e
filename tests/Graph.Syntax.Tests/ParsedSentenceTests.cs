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
}
