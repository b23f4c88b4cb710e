using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class OpenersTests
{
    [Fact]
    public void Extract_AdverbOpeningTheSentence_IsNotPartOfTheName()
    {
        var x = Extract.From("Yesterday Maria Kowalczyk said the bridge would reopen in the spring.");

        Assert.Equal(EntityType.Person, x.Entity("Maria Kowalczyk")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Yesterday", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GreetingBeforeAName_IsNotPartOfTheName()
    {
        var x = Extract.From("The mayor waved and said: thank you all, and Happy Riverside Founders Day to every family here.");

        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Happy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"If Iodine deficiency is serious you lose points,\" Maria Kowalczyk said.")]
    [InlineData("When Harbour Bank Group failed, Maria Kowalczyk resigned.")]
    [InlineData("Once Maria Kowalczyk arrived, the talks began.")]
    public void Extract_SubordinatorOpeningTheSentence_IsNotPartOfAName(string text)
    {
        var x = Extract.From(text);

        Assert.DoesNotContain(x.Entities, e => e.Name.Split(' ')[0] is "If" or "When" or "Once");
    }

    [Theory]
    [InlineData("Under President Okafor's leadership, the agency will act.")]
    [InlineData("Under President Okafor, the agency will act.")]
    public void Extract_PrepositionOpeningTheSentence_IsNoPartOfATitle(string text)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Aliases.Concat([e.Name]).Any(a => a.StartsWith("Under", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("And God bless you all. May God protect our soldiers and their families.")]
    [InlineData("I mean this sincerely: May God bless you and your families.")]
    public void Extract_WishOpenedByMay_NamesNoPerson(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }
}
