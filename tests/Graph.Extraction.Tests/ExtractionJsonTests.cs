using Graph.Extraction.Tests.Support;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Testing;
using Newtonsoft.Json.Linq;

namespace Graph.Extraction.Tests;

public sealed class ExtractionJsonTests
{
    [Fact]
    public void Serialize_SkippedParagraphs_AreListedWithTheirReason()
    {
        // Given an article whose last paragraph is in another language
        var document = new ArticleDocument(
            "a.txt", "Talks", "Kenya criticized Ethiopia on Monday.\nLe gouvernement a déclaré que les négociations avec les pays voisins se poursuivront dans les prochains jours.", null);

        // When its extraction is serialized
        JObject json = JObject.Parse(ExtractionJson.Serialize(ExtractionPipeline.Default.Extract(document)));

        // Then the skipped paragraph is listed with its span and reason
        JObject skipped = Assert.Single(json["skipped"]!.Cast<JObject>());
        Assert.StartsWith("language:", (string?)skipped["reason"], StringComparison.Ordinal);
        int start = (int)skipped["span"]![0]!;
        Assert.StartsWith("Le gouvernement", document.Text[start..], StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesTheExchangeFormatShape()
    {
        // Given an extraction with a dated, placed action and a position
        var document = new ArticleDocument("lima.txt", "Talks", "Peruvian President Dina Boluarte criticized Bolivia on Monday in Lima.", new DateOnly(2024, 5, 9));
        var extraction = ExtractionPipeline.Default.Extract(document);

        // When it is serialized
        JObject json = JObject.Parse(ExtractionJson.Serialize(extraction));

        // Then the document has the format's fields, in order, with predicate names and ISO dates
        Assert.Equal(["article", "published", "entities", "facts", "unasserted", "skipped"], json.Properties().Select(p => p.Name));
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
            ["subject", "predicate", "object", "sentence", "date", "place", "title", "confidence", "status", "source", "sentence_index", "span"],
            f.Properties().Select(p => p.Name)));
        JObject criticize = facts.Single(f => (string?)f["predicate"] == "CRITICIZE");
        Assert.Equal("person:dina_boluarte", (string?)criticize["subject"]);
        Assert.Equal("country:bolivia", (string?)criticize["object"]);
        Assert.Equal("2024-05-06", (string?)criticize["date"]);
        Assert.Equal("city:lima", (string?)criticize["place"]);
        Assert.Equal("asserted", (string?)criticize["status"]);
        Assert.Equal(JTokenType.Null, criticize["source"]!.Type);
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

    [Fact]
    public void Serialize_UnassertedFacts_GoToTheirOwnArray_WithStatusAndSource()
    {
        // Given an article whose extraction holds an asserted, an alleged and a negated attack
        const string Text = "Ruritania attacked Borduria. Borduria accused Ruritania of attacking Strelsau, according to Anna Kovacs. Ruritania did not attack Zenda.";
        var document = new ArticleDocument("attacks.txt", null, Text);
        ExtractedEntity ruritania = Entity(EntityType.Country, "Ruritania");
        ExtractedEntity borduria = Entity(EntityType.Country, "Borduria");
        ExtractedEntity strelsau = Entity(EntityType.City, "Strelsau");
        ExtractedEntity zenda = Entity(EntityType.City, "Zenda");
        ExtractedEntity kovacs = Entity(EntityType.Person, "Anna Kovacs");
        var extraction = new ArticleExtraction(document.FileName, document.Id, null, [ruritania, borduria, strelsau, zenda, kovacs],
        [
            Fact(ruritania, borduria, 0, FactStatus.Asserted, null),
            Fact(ruritania, strelsau, 1, FactStatus.Alleged, kovacs.Id),
            Fact(ruritania, zenda, 2, FactStatus.Negated, null),
        ]);

        // When it is serialized
        JObject json = JObject.Parse(ExtractionJson.Serialize(extraction));

        // Then "facts" holds only what the text asserts, and the rest follows in "unasserted", in order, same fields
        JObject asserted = Assert.Single(json["facts"]!.Cast<JObject>());
        Assert.Equal(borduria.Id, (string?)asserted["object"]);
        Assert.Equal("asserted", (string?)asserted["status"]);
        var unasserted = json["unasserted"]!.Cast<JObject>().ToList();
        Assert.Equal([strelsau.Id, zenda.Id], unasserted.Select(f => (string?)f["object"]));
        Assert.Equal(["alleged", "negated"], unasserted.Select(f => (string?)f["status"]));
        Assert.Equal(kovacs.Id, (string?)unasserted[0]["source"]);
        Assert.Equal(JTokenType.Null, unasserted[1]["source"]!.Type);
        Assert.Equal(asserted.Properties().Select(p => p.Name), unasserted[0].Properties().Select(p => p.Name));
    }

    [SkippableFact]
    public void Serialize_UnassertedFacts_AreNotScoredAsFacts_ByTheReferenceScorer()
    {
        // Given a gold document asserting one attack, and an extraction that also holds an alleged and a negated one
        string scorer = ReferenceScorer.Locate();
        using var temp = new TempDirectory();
        ExtractedEntity ruritania = Entity(EntityType.Country, "Ruritania");
        ExtractedEntity borduria = Entity(EntityType.Country, "Borduria");
        ExtractedEntity zenda = Entity(EntityType.City, "Zenda");
        var extraction = new ArticleExtraction("attacks.txt", "article:0", null, [ruritania, borduria, zenda],
        [
            Fact(ruritania, borduria, 0, FactStatus.Asserted, null),
            Fact(ruritania, zenda, 1, FactStatus.Alleged, borduria.Id),
            Fact(borduria, zenda, 2, FactStatus.Negated, null),
        ]);
        string gold = temp.Write("attacks.gold.json", """
            {"article": "attacks.txt", "published": null,
             "entities": [{"id": "r", "type": "Country", "name": "Ruritania", "aliases": []},
                          {"id": "b", "type": "Country", "name": "Borduria", "aliases": []},
                          {"id": "z", "type": "City", "name": "Zenda", "aliases": []}],
             "facts": [{"subject": "r", "predicate": "ATTACK", "object": "b", "sentence": "Sentence 0."}]}
            """);
        string prediction = temp.Write("attacks.json", ExtractionJson.Serialize(extraction));

        // When the scorer compares them
        ReferenceScorer.Score score = ReferenceScorer.Run(scorer, gold, prediction);

        // Then only the asserted fact is counted: precision and recall are both perfect
        Assert.True(score.FactsF1 == 1.0, score.Output);
    }

    [Fact]
    public void Serialize_NoUnassertedFacts_WritesAnEmptyArray()
    {
        var extraction = ExtractionPipeline.Default.Extract(new ArticleDocument("a.txt", null, "Chile praised Peru."));

        JObject json = JObject.Parse(ExtractionJson.Serialize(extraction));

        Assert.Empty(json["unasserted"]!);
        Assert.NotEmpty(json["facts"]!);
    }

    private static ExtractedEntity Entity(EntityType type, string name) =>
        new(StableId.Entity(type, name), type, name, [], []);

    private static ExtractedFact Fact(ExtractedEntity subject, ExtractedEntity obj, int sentence, FactStatus status, string? source) =>
        new(subject.Id, Predicate.Attack, obj.Id, $"Sentence {sentence}.", sentence, new TextSpan(sentence * 30, (sentence * 30) + 12),
            null, null, null, 0.8, status, source);
}
