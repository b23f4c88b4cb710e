using Graph.Extraction.Evaluation;
using Graph.Model;
using Newtonsoft.Json.Linq;
using static Graph.Extraction.Tests.Support.EvalDocuments;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class EvalReportJsonTests
{
    private static EvalReport Report() => new([
        Scorer.Score(
            "a",
            Document(
                [Gold("us", EntityType.Country, "United States", "US"), Gold("iran", EntityType.Country, "Iran"), Gold("hamas", EntityType.Group, "Hamas")],
                Gold("us", Predicate.Demand, "iran", "The US demanded it."),
                Gold("us", Predicate.Meet, "iran", "They met.")),
            Extracted(
                [Predicted("country:us", EntityType.Country, "US"), Predicted("country:iran", EntityType.Country, "Iran"), Predicted("organization:hamas", EntityType.Organization, "Hamas")],
                Predicted("country:us", Predicate.Demand, "country:iran"),
                Predicted("country:iran", Predicate.Warn, "country:us", "Iran warned."))),
    ]);

    [Fact]
    public void Serialize_WritesCountsAndScoresPerArticlePredicateAndTotal()
    {
        var json = JObject.Parse(EvalReportJson.Serialize(Report()));

        var article = (JObject)json["articles"]![0]!;
        Assert.Equal("a", (string?)article["name"]);
        Assert.Equal(1, (int)article["facts"]!["tp"]!);
        Assert.Equal(2, (int)article["facts"]!["predicted"]!);
        Assert.Equal(2, (int)article["facts"]!["gold"]!);
        Assert.Equal(0.5, (double)article["facts"]!["f1"]!);
        Assert.Equal(0.667, (double)article["entities"]!["precision"]!);
        Assert.Null(article["errors"]);
        Assert.Equal(["MEET", "DEMAND", "WARN"], json["predicates"]!.Select(p => (string?)p["predicate"]));
        Assert.Equal(2, (int)json["total"]!["entities"]!["tp"]!);
        Assert.Equal(0.5, (double)json["total"]!["facts"]!["recall"]!);
        Assert.Equal(1.0, (double)json["total"]!["pairs"]!["recall"]!);
    }

    [Fact]
    public void Serialize_WithErrors_ListsMissedAndSpuriousFactsWithTheirSentences()
    {
        var errors = JObject.Parse(EvalReportJson.Serialize(Report(), withErrors: true))["articles"]![0]!["errors"]!;

        var missed = Assert.Single(errors["missed_facts"]!);
        Assert.Equal("They met.", (string?)missed["sentence"]);
        Assert.Equal("MEET", (string?)missed["predicate"]);
        var spurious = Assert.Single(errors["spurious_facts"]!);
        Assert.Equal("Iran warned.", (string?)spurious["sentence"]);
        Assert.Equal("Iran", (string?)spurious["subject"]);
        Assert.Equal("Group", (string?)Assert.Single(errors["mistyped_entities"]!)["gold_type"]);
        Assert.Empty(errors["missed_entities"]!);
    }

    [Fact]
    public void Serialize_IsDeterministic()
    {
        Assert.Equal(EvalReportJson.Serialize(Report(), withErrors: true), EvalReportJson.Serialize(Report(), withErrors: true));
    }
}
