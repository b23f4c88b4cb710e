using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class PersonNameTests
{
    [Fact]
    public void Parse_SetsSuffixAndPunctuationAside()
    {
        var name = PersonName.Parse("Amara N. Okafor, Jr.")!;

        Assert.Equal(["amara", "n", "okafor"], name.Words);
        Assert.Equal(("amara", "okafor"), (name.Given, name.Surname));
        Assert.Equal(["n"], name.Middles);
        Assert.False(name.IsOneWord);
    }

    [Fact]
    public void Parse_KeepsHyphensAndApostrophesInsideWords_AndReadsOneWordNames()
    {
        Assert.Equal(["nkem", "al-okafor"], PersonName.Parse("Nkem al-Okafor")!.Words);
        Assert.True(PersonName.Parse("O'Okafor III")!.IsOneWord);
        Assert.Null(PersonName.Parse(" , . "));
    }

    [Theory]
    [InlineData("Amara Okafor", "Amara N. Okafor", true)]
    [InlineData("Amara N. Okafor", "Amara Nkem Okafor", true)]
    [InlineData("Amara Nkem Okafor", "Amara Bola Okafor", false)]
    [InlineData("Amara N. Okafor", "Amara N. B. Okafor", false)]
    [InlineData("Amara Okafor", "Chidi Okafor", false)]
    [InlineData("Amara Okafor", "Amara Eze", false)]
    [InlineData("Okafor", "Amara Okafor", false)]
    public void SameButMiddles_OnlyMiddleNamesOrInitialsMayDiffer(string a, string b, bool same)
    {
        Assert.Equal(same, PersonName.Parse(a)!.SameButMiddles(PersonName.Parse(b)!));
        Assert.Equal(same, PersonName.Parse(b)!.SameButMiddles(PersonName.Parse(a)!));
    }
}
