using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class KinTests
{
    [Fact]
    public void Extract_GivenNameAfterAFamilyTie_IsAPersonKnownLater()
    {
        var x = Extract.From("The couple were charged over the illness of their infant daughter, Rosalind. Doctors said Rosalind recovered slowly.");

        Assert.Equal(EntityType.Person, x.Entity("Rosalind")?.Type);
    }

    [Fact]
    public void Extract_PlaceAfterAFamilyTie_IsNoPerson()
    {
        var x = Extract.From("Her son moved to Canada last year.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }
}
