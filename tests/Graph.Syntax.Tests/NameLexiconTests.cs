namespace Graph.Syntax.Tests;

public class NameLexiconTests
{
    [Fact]
    public void ClassOf_AnyCase_GivesEveryClassListed()
    {
        var lexicon = NameLexicon.From([("Nadia", NameWordClass.GivenName), ("Jordan", NameWordClass.GivenName), ("JORDAN", NameWordClass.Place)]);

        Assert.Equal(NameWordClass.GivenName, lexicon.ClassOf("NADIA"));
        Assert.Equal(NameWordClass.GivenName | NameWordClass.Place, lexicon.ClassOf("jordan"));
        Assert.Equal(NameWordClass.None, lexicon.ClassOf("river"));
        Assert.Equal(2, lexicon.Count);
    }

    [Fact]
    public void Empty_KnowsNoWord()
    {
        Assert.Equal(NameWordClass.None, NameLexicon.Empty.ClassOf("Nadia"));
        Assert.Equal(0, NameLexicon.Empty.Count);
    }

    [Fact]
    public void DefaultModel_KeepsTheLexiconItWasTrainedWith()
    {
        Assert.True(NameModel.Default.Lexicon.Count > 1000, $"{NameModel.Default.Lexicon.Count} name words");
    }

    [Fact]
    public void Recognize_UnfamiliarNamesOfKnownGivenNames_ArePeople()
    {
        // Names from many languages, as news gives them: the lexicon's given names carry the recognizer past the
        // mostly English names of its annotated sentences.
        const string text = "The delegation met Karim Haddad and Youssef Mansour in the capital.";
        var parse = SyntaxModel.Default.Parse(text, 0, text.Length);

        var people = NameModel.Default.Recognize(parse).Where(n => n.Type == NameType.Person)
            .Select(n => string.Join(' ', parse.Tokens.Skip(n.Start).Take(n.End - n.Start).Select(t => t.Form)));

        Assert.Equal(["Karim Haddad", "Youssef Mansour"], people);
    }
}
