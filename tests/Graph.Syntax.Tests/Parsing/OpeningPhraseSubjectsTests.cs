namespace Graph.Syntax.Tests.Parsing;

public sealed class OpeningPhraseSubjectsTests
{
    [Fact]
    public void ParseNamesAsWords_NameAfterAnOpeningPhrasesComma_IsTheMainVerbsSubject()
    {
        const string text = "On June 15, 2023 in Lima Peru, National Security Advisor Jane Okafor met with the Director of the Harbour Office.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var met = sentence.Tokens.Single(t => t.Form == "met");
        Assert.Contains(sentence.Tokens, t => t.Head == met.Index && t.Relation == "nsubj" && t.Start >= text.IndexOf("National", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_VerbWithASubject_KeepsIt()
    {
        const string text = "On Monday, in Lima, the minister met Jane Okafor.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var met = sentence.Tokens.Single(t => t.Form == "met");
        Assert.Equal(met.Index, sentence.Tokens.Single(t => t.Form == "minister").Head);
    }
}
