using Graph.Extraction.Evaluation;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class GoldDocumentReaderTests
{
    private const string Valid = """
        {
          "article": "a.txt",
          "published": "2017-10-22",
          "entities": [
            {"id": "tillerson", "type": "Person", "name": "Rex Tillerson", "aliases": ["Tillerson"]},
            {"id": "iran", "type": "Country", "name": "Iran"},
            {"id": "riyadh", "type": "City", "name": "Riyadh", "aliases": null}
          ],
          "facts": [
            {"subject": "tillerson", "predicate": "DEMAND", "object": "iran", "sentence": "Tillerson demanded it.",
             "date": "2017-10-22", "place": "riyadh", "title": null, "confidence": 0.9, "sentence_index": 3}
          ]
        }
        """;

    [Fact]
    public void Parse_ValidDocument_ReadsEveryField()
    {
        var document = GoldDocument.Parse(Valid, "a.gold.json");

        Assert.Equal("a.txt", document.Article);
        Assert.Equal(new DateOnly(2017, 10, 22), document.Published);
        Assert.Equal(("tillerson", EntityType.Person, "Rex Tillerson"), (document.Entities[0].Id, document.Entities[0].Type, document.Entities[0].Name));
        Assert.Equal(["Tillerson"], document.Entities[0].Aliases);
        Assert.Empty(document.Entities[1].Aliases);
        Assert.Empty(document.Entities[2].Aliases);
        var fact = Assert.Single(document.Facts);
        Assert.Equal(
            new GoldFact("tillerson", Predicate.Demand, "iran", "Tillerson demanded it.", new DateOnly(2017, 10, 22), "riyadh", null, 0.9),
            fact);
    }

    [Theory]
    [InlineData("{\"entities\": [", "not valid JSON")]
    [InlineData("[]", "document (line 1): expected an object with \"entities\" and \"facts\", found an array")]
    [InlineData("{\"facts\": []}", "document (line 1): missing \"entities\"")]
    [InlineData("{\"entities\": {}, \"facts\": []}", "entities (line 1): expected an array, found an object")]
    [InlineData("{\"entities\": [], \"facts\": []} []", "not valid JSON: Additional text")]
    [InlineData("{\"entities\": [], // note\n \"facts\": []}", "not valid JSON: a comment at line 1")]
    [InlineData("{\"entities\": [], \"facts\": []} /* note */", "not valid JSON: a comment at line 1")]
    [InlineData("{\"entities\": [], \"entities\": [], \"facts\": []}", "not valid JSON")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Persn\", \"name\": \"A\"}], \"facts\": []}", "entities[0].type (line 1): unknown entity type \"Persn\"; expected Person,")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\"}], \"facts\": []}", "unknown entity type \"person\"")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\"}], \"facts\": []}", "entities[0] (line 1): missing \"name\"")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": 7}], \"facts\": []}", "entities[0].name (line 1): expected a non-empty string, found the number 7")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\", \"aliases\": \"B\"}], \"facts\": []}", "entities[0].aliases (line 1): expected an array of names or null")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\"}, {\"id\": \"a\", \"type\": \"Person\", \"name\": \"B\"}], \"facts\": []}", "entities[1].id (line 1): duplicate id \"a\" (first used at entities[0])")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\"}], \"facts\": [{\"subject\": \"a\", \"predicate\": \"MEET\", \"object\": \"b\", \"sentence\": \"S.\"}]}", "facts[0].object (line 1): no entity has the id \"b\"")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\"}], \"facts\": [{\"subject\": \"a\", \"predicate\": \"MEETS\", \"object\": \"a\", \"sentence\": \"S.\"}]}", "facts[0].predicate (line 1): unknown predicate \"MEETS\"; expected one of HOLDS_POSITION,")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\"}], \"facts\": [{\"subject\": \"a\", \"predicate\": \"MEET\", \"object\": \"a\"}]}", "facts[0] (line 1): missing \"sentence\"")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\"}], \"facts\": [{\"subject\": \"a\", \"predicate\": \"MEET\", \"object\": \"a\", \"sentence\": \"S.\", \"date\": \"22 Oct\"}]}", "facts[0].date (line 1): expected a date YYYY-MM-DD or null, found \"22 Oct\"")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"name\": \"A\"}], \"facts\": [{\"subject\": \"a\", \"predicate\": \"MEET\", \"object\": \"a\", \"sentence\": \"S.\", \"confidence\": 2}]}", "facts[0].confidence (line 1): expected a number from 0 to 1 or null, found the number 2")]
    public void Parse_MalformedDocument_FailsNamingTheFileThePlaceAndTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldDocument.Parse(json, "x.gold.json"));

        Assert.StartsWith("x.gold.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal("x.gold.json", ex.FilePath);
    }

    [Fact]
    public void Parse_ProblemOnALaterLine_NamesTheLine()
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldDocument.Parse(Valid.Replace("\"City\"", "\"Town\"", StringComparison.Ordinal), "a.gold.json"));

        Assert.Contains("entities[2].type (line 7): unknown entity type \"Town\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_FailsNamingIt()
    {
        using var temp = new TempDirectory();
        string path = temp.File("none.gold.json");

        var ex = Assert.Throws<GoldFormatException>(() => GoldDocument.Read(path));

        Assert.Equal($"{path}: no such file", ex.Message);
    }

    [Fact]
    public void Read_InvalidUtf8_FailsNamingTheByte()
    {
        using var temp = new TempDirectory();
        string path = temp.WriteBytes("bad.gold.json", [(byte)'{', 0xFF, (byte)'}']);

        var ex = Assert.Throws<GoldFormatException>(() => GoldDocument.Read(path));

        Assert.Equal($"{path}: invalid UTF-8 at byte 1", ex.Message);
    }

    [Fact]
    public void Read_FileWithByteOrderMark_IsRead()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("a.gold.json", "\uFEFF" + Valid);

        Assert.Equal(3, GoldDocument.Read(path).Entities.Count);
    }

    [Fact]
    public void Read_TheGoldSet_IsValid()
    {
        string gold = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Extraction.Tests", "Gold");
        string[] files = Directory.GetFiles(gold, "*.gold.json", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            Assert.NotEmpty(GoldDocument.Read(file).Facts);
        }
    }
}
