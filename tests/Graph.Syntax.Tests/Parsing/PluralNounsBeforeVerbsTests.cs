namespace Graph.Syntax.Tests.Parsing;

public sealed class PluralNounsBeforeVerbsTests
{
    [Fact]
    public void ParseNamesAsWords_DeterminerNameAndAnSWordBeforeTheVerb_IsAPluralNounAndItsSubject()
    {
        const string text = "Poland and the Baltic states called on the European Union to adopt new sanctions against Moscow.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var states = sentence.Tokens.Single(t => t.Form == "states");
        var called = sentence.Tokens.Single(t => t.Form == "called");
        Assert.Equal(("NOUN", "NNS"), (states.Upos, states.Xpos));
        Assert.Equal(("VERB", "VBD", "root"), (called.Upos, called.Xpos, called.Relation));
        Assert.Equal(called.Index, sentence.Tokens.Single(t => t.Form == "Poland").Head);
    }

    [Fact]
    public void ParseNamesAsWords_VerbAfterASubjectName_StaysAVerb()
    {
        const string text = "The Kremlin states that the talks will resume.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        Assert.Equal("VERB", sentence.Tokens.Single(t => t.Form == "states").Upos);
    }
}
