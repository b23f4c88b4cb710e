using Graph.Model;
using Newtonsoft.Json.Linq;

namespace Graph.Extraction.Tests;

public sealed class ExtractionJsonTests
{
    [Fact]
    public void Serialize_WritesTheExchangeFormatShape()
    {
        // Given an extraction with a dated, placed action and a position
        var document = new ArticleDocument("lima.txt", "Talks", "Peruvian President Dina Boluarte criticized Bolivia on Monday in Lima.", new DateOnly(2024, 5, 9));
        var extraction = ExtractionPipeline.Default.Extract(document);

        // When it is serialized
        JObject json = JObject.Parse(ExtractionJson.Serialize(extraction));

        // Then the document has the format's fields, in order, with predicate names and ISO dates
        Assert.Equal(["article", "published", "entities", "facts"], json.Properties().Select(p => p.Name));
        Assert.Equal("lima.txt", (string?)json["article"]);
        Assert.Equal("2024-05-09", (string?)json["published"]);
        foreach (JObject entity in json["entities"]!.Cast<JObject>())
        {
            Assert.Equal(["id", "type", "name", "aliases"], entity.Properties().Select(p => p.Name));
            Assert.Contains((string)entity["type"]!, Enum.GetNames<EntityType>());
        }

        var facts = json["facts"]!.Cast<JObject>().ToList();
        Assert.All(facts, f => Assert.True(PredicateInfo.TryParse((string)f["predicate"]!, out _)));
        Assert.All(facts, f => Assert.Equal(
            ["subject", "predicate", "object", "sentence", "date", "place", "title", "confidence", "sentence_index", "span"],
            f.Properties().Select(p => p.Name)));
        JObject criticize = facts.Single(f => (string?)f["predicate"] == "CRITICIZE");
        Assert.Equal("person:dina_boluarte", (string?)criticize["subject"]);
        Assert.Equal("country:bolivia", (string?)criticize["object"]);
        Assert.Equal("2024-05-06", (string?)criticize["date"]);
        Assert.Equal("city:lima", (string?)criticize["place"]);
        Assert.Equal(document.Text[document.Text.IndexOf("Peruvian", StringComparison.Ordinal)..], (string?)criticize["sentence"]);
        JObject position = facts.Single(f => (string?)f["predicate"] == "HOLDS_POSITION");
        Assert.Equal("President", (string?)position["title"]);
    }

    [Fact]
    public void Serialize_UnknownPublicationDate_IsNull()
    {
        var extraction = ExtractionPipeline.Default.Extract(new ArticleDocument("a.txt", null, "Chile praised Peru."));
        JObject json = JObject.Parse(ExtractionJson.Serialize(extraction));
        Assert.Equal(JTokenType.Null, json["published"]!.Type);
        Assert.Equal(JTokenType.Null, json["facts"]![0]!["date"]!.Type);
    }
}
