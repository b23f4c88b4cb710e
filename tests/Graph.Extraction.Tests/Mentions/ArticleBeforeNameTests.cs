using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class ArticleBeforeNameTests
{
    [Fact]
    public void Extract_CapitalizedWordsAfterAnArticle_AreNoPerson()
    {
        var x = Extract.From("As a boy he wanted to be a Jet Pilot, and in May he finally joined a Pilot course. A leader needs the \"Loud Megaphone\", he said, and Megaphone sales rose.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_NameWithoutAnArticle_IsStillAPerson()
    {
        var x = Extract.From("As a boy Tomas Berg wanted to be a diver, Berg said.");

        Assert.Equal(EntityType.Person, x.Entity("Tomas Berg")?.Type);
    }
}
