namespace Graph.Syntax.Tests.Parsing;

public sealed class AppositiveNamesTests
{
    [Theory]
    [InlineData("The president met Ethiopia's prime minister, Abiy Ahmed.")]
    [InlineData("The president met the Ethiopian prime minister, Abiy Ahmed, on Monday.")]
    public void ParseNamesAsWords_NameAfterANounAndAComma_IsItsApposition(string text)
    {
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var tokens = sentence.Tokens;
        int minister = tokens.Single(t => t.Form == "minister").Index;
        var abiy = tokens.Single(t => t.Form == "Abiy");
        Assert.Equal(("appos", minister), (abiy.Relation, abiy.Head));
    }

    [Fact]
    public void ParseNamesAsWords_NameThatIsTheClausesSubject_StaysTheSubject()
    {
        const string text = "After the vote, Abiy Ahmed thanked the parliament.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var abiy = sentence.Tokens.Single(t => t.Form == "Abiy");
        Assert.Equal("nsubj", abiy.Relation);
    }
}
