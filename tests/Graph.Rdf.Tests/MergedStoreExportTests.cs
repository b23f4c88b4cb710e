using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;

namespace Graph.Rdf.Tests;

/// <summary>Export of a store whose entity resolution merged an entity into another.</summary>
public sealed class MergedStoreExportTests
{
    private const string Base = "http://news.example.com/kg/";

    [Fact]
    public void Write_MergedStore_HasOneIriPerCanonicalEntity_CarryingTheMergedNames()
    {
        using var temp = new TempDirectory();
        using var store = Store(temp.File("graph.db"));
        string before = NTriples(store);

        store.ResolveEntities();
        string after = NTriples(store);
        store.ResolveEntities();

        Assert.Contains($"<{Base}person/okafor>", before, StringComparison.Ordinal);
        Assert.DoesNotContain($"<{Base}person/okafor>", after, StringComparison.Ordinal);
        Assert.Contains($"<{Base}person/amara_okafor> <http://www.w3.org/2004/02/skos/core#altLabel> \"Okafor\" .", after, StringComparison.Ordinal);
        Assert.Contains($"<{Base}person/amara_okafor> <{Base}ontology/ACCUSE> <{Base}country/borduria> .", after, StringComparison.Ordinal);
        Assert.Equal(after, NTriples(store));
    }

    private static string NTriples(GraphStore store)
    {
        using var writer = new StringWriter();
        RdfExport.Write(store, RdfFormat.NTriples, writer, new RdfExportOptions(Base));
        return writer.ToString();
    }

    // "Amara Okafor" and "Okafor", both called "President Okafor", each accusing Borduria.
    private static GraphStore Store(string path)
    {
        var store = GraphStore.Open(path);
        ExtractedEntity Entity(EntityType type, string name, params string[] aliases) =>
            new(StableId.Entity(type, name), type, name, aliases, [new TextSpan(0, name.Length)]);
        var borduria = Entity(EntityType.Country, "Borduria");
        foreach (var person in new[] { Entity(EntityType.Person, "Amara Okafor", "President Okafor"), Entity(EntityType.Person, "Okafor", "President Okafor") })
        {
            var article = new ArticleDocument(person.Name + ".txt", "Accusation", $"{person.Name} accused Borduria.");
            var fact = new ExtractedFact(person.Id, Predicate.Accuse, borduria.Id, article.Body, 0, new TextSpan(0, article.Body.Length), null, null, null, 0.9, FactStatus.Asserted);
            store.Ingest(article, new ArticleExtraction(article.FileName, article.Id, null, [person, borduria], [fact]));
        }

        return store;
    }
}
