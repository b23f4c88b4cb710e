using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class PersonEvidenceTests
{
    [Fact]
    public void Extract_NameAfterRoleNoun_IsAPerson()
    {
        var x = Extract.From("The film was praised by the critics, and veteran actor Daniel Okoro thanked the crew.");
        Assert.Equal(EntityType.Person, x.Entity("Daniel Okoro")?.Type);
    }

    [Fact]
    public void Extract_UntitledNameWithoutEvidence_IsLeftOut()
    {
        var x = Extract.From("The museum opened its Silver Harbour wing on a rainy morning.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Lam Siu-kei won the seat in the eastern district.", "Lam Siu-kei")]
    [InlineData("On Sunday Yoon Dae-jin visited the museum.", "Yoon Dae-jin")]
    public void Extract_NameWithAHyphenatedGivenName_IsAPerson(string text, string name)
    {
        var x = Extract.From(text);
        Assert.Equal(EntityType.Person, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_HyphenatedWordsOfOtherShapes_AreNoPerson()
    {
        var x = Extract.From("The plant in Baden-Baden uses Coca-Cola bottles.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_TwoUntitledNamesJoinedByAnd_AreTwoPeople()
    {
        var x = Extract.From("Newcomers include Lam Siu-kei and Yoon Dae-jin of the Harbour Tenants Union.");
        Assert.Equal(EntityType.Person, x.Entity("Lam Siu-kei")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Yoon Dae-jin")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameRightAfterIn_IsNoPerson()
    {
        var x = Extract.From("She holds a Ph.D. in Biological Oceanography from the Harbour Institute.");
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_NamesListedWithATitledPerson_ArePeople()
    {
        var x = Extract.From("The jury heard from Professor Ida Lund, Tomasz Wrobel and Kerstin Aalto.");
        Assert.Equal(EntityType.Person, x.Entity("Tomasz Wrobel")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Kerstin Aalto")?.Type);
    }

    [Fact]
    public void Extract_NamesListedWithALoneWordName_NeedTheirOwnEvidence()
    {
        var x = Extract.From("Flooding hit the counties of Marlow, Okafor, and Silver Brook.");
        Assert.DoesNotContain(x.Entities, e => e.Name == "Silver Brook" && e.Type == EntityType.Person);
    }
}

