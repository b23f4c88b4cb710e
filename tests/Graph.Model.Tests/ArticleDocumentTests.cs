using Graph.Model;

namespace Graph.Model.Tests;

public sealed class ArticleDocumentTests
{
    // The value an article of this text has always had: stores and Neo4j graphs key articles by it.
    [Fact]
    public void Id_IsPinned_AndDerivedFromTheTextHash()
    {
        var document = new ArticleDocument("a.txt", "Talks", "Ruritania cut ties with Borduria.\r\nBorduria regretted it.");

        Assert.Equal("Talks\nRuritania cut ties with Borduria.\nBorduria regretted it.", document.Text);
        Assert.Equal("article:539836c858889594", document.Id);
        Assert.Equal(StableId.Sha256Hex(document.Text), document.ContentHash);
        Assert.Equal(StableId.Article(document.ContentHash), document.Id);
    }

    [Fact]
    public void IdAndContentHash_AreComputedOnce()
    {
        var document = new ArticleDocument("a.txt", null, "Ruritania cut ties with Borduria.");

        // The store asks for the id once per entity and fact: the same instance each time, never a new hash.
        Assert.Same(document.ContentHash, document.ContentHash);
        Assert.Same(document.Id, document.Id);
    }

    [Fact]
    public void Equality_DoesNotDependOnWhichPropertiesWereRead()
    {
        var read = new ArticleDocument("a.txt", "T", "Body.");
        _ = read.Id;

        Assert.Equal(new ArticleDocument("a.txt", "T", "Body."), read);
    }
}
