using System.Text.Json;
using Graph.Cli.Tests.Support;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph eval</c> as a user runs it on a folder of annotated articles.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Sentence = "France and Germany recalled their ambassadors from Moscow on Monday.";

    // France PRAISE Germany is annotated but not stated, so extraction misses it.
    private const string Gold = $$"""
        {
          "article": "envoys.txt",
          "published": null,
          "entities": [
            {"id": "france", "type": "Country", "name": "France", "aliases": []},
            {"id": "germany", "type": "Country", "name": "Germany", "aliases": []},
            {"id": "moscow", "type": "City", "name": "Moscow", "aliases": []}
          ],
          "facts": [
            {"subject": "france", "predicate": "PRAISE", "object": "germany", "sentence": "{{Sentence}}", "title": null}
          ]
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Eval_OneMalformedGoldFile_NamesItScoresTheOtherAndExitsOne()
    {
        WriteAnnotated("gold/envoys");
        _temp.Write("gold/broken.txt", "Talks\nCanada imposed sanctions on Belarus.");
        string broken = _temp.Write("gold/broken.gold.json", "{\"entities\": [{\"id\": \"canada\", \"type\": \"Nation\", \"name\": \"Canada\"}], \"facts\": []}");

        var result = GraphCli.Run(_temp.Path, "eval", "gold");

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {Path.Combine("gold", "broken.gold.json")}: entities[0].type", error, StringComparison.Ordinal);
        Assert.Contains("unknown entity type \"Nation\"", error, StringComparison.Ordinal);
        Assert.True(File.Exists(broken));
        Assert.Contains("envoys", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("broken", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("1 annotated article", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ALL (micro)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Json_HasScoresPerArticlePredicateAndTotal()
    {
        WriteAnnotated("gold/envoys");

        var result = GraphCli.Run(_temp.Path, "eval", "gold", "--format", "json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("envoys", article.GetProperty("name").GetString());
        var entities = article.GetProperty("entities");
        Assert.Equal(3, entities.GetProperty("gold").GetInt32());
        Assert.Equal(3, entities.GetProperty("tp").GetInt32());
        foreach (string field in new[] { "predicted", "precision", "recall", "f1" })
        {
            Assert.True(entities.TryGetProperty(field, out _), field);
        }

        var facts = article.GetProperty("facts");
        Assert.Equal(0, facts.GetProperty("tp").GetInt32());
        Assert.Equal(1, facts.GetProperty("gold").GetInt32());
        Assert.True(article.TryGetProperty("pairs", out _));
        Assert.False(article.TryGetProperty("errors", out _));
        Assert.Contains(json.RootElement.GetProperty("predicates").EnumerateArray(), p => p.GetProperty("predicate").GetString() == "PRAISE");
        Assert.Equal(1, json.RootElement.GetProperty("total").GetProperty("facts").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void Eval_Errors_ListsAMissedFactWithItsSentence()
    {
        WriteAnnotated("gold/envoys");

        var result = GraphCli.Run(_temp.Path, "eval", "gold", "--errors");

        Assert.True(result.ExitCode == 0, result.StdErr);
        string errors = result.StdOut[result.StdOut.IndexOf("missed facts (1)", StringComparison.Ordinal)..];
        Assert.Contains("France PRAISE Germany", errors, StringComparison.Ordinal);
        Assert.Contains(Sentence, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_JsonWithErrors_ListsTheMissedFact()
    {
        WriteAnnotated("gold/envoys");

        var result = GraphCli.Run(_temp.Path, "eval", "gold", "--format", "json", "--errors");

        using var json = JsonDocument.Parse(result.StdOut);
        var missed = Assert.Single(json.RootElement.GetProperty("articles")[0].GetProperty("errors").GetProperty("missed_facts").EnumerateArray());
        Assert.Equal(Sentence, missed.GetProperty("sentence").GetString());
    }

    [Fact]
    public void Eval_UnreadableArticle_NamesItAndExitsOne()
    {
        WriteAnnotated("gold/envoys");
        _temp.Write("gold/empty.txt", "  \n");
        _temp.Write("gold/empty.gold.json", "{\"entities\": [], \"facts\": []}");

        var result = GraphCli.Run(_temp.Path, "eval", "gold", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {Path.Combine("gold", "empty.txt")}: empty file", Assert.Single(result.ErrorLines));
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public void Eval_GoldFileWithoutArticle_NamesItAndExitsOne()
    {
        WriteAnnotated("gold/envoys");
        _temp.Write("gold/orphan.gold.json", "{\"entities\": [], \"facts\": []}");

        var result = GraphCli.Run(_temp.Path, "eval", "gold");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {Path.Combine("gold", "orphan.gold.json")}: no article beside it", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", "no NAME.gold.json annotation files in this folder")]
    [InlineData("missing", "no such folder")]
    public void Eval_NoGoldFiles_OneClearErrorAndExitOne(string folder, string reason)
    {
        Directory.CreateDirectory(_temp.File("empty"));
        _temp.Write("empty/a.txt", "News\nCanada imposed sanctions on Belarus.");

        var result = GraphCli.Run(_temp.Path, "eval", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {folder}: {reason}", Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public void Eval_UnknownFormat_IsABadArgument()
    {
        var result = GraphCli.Run(_temp.Path, "eval", "gold", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format", result.StdErr, StringComparison.Ordinal);
    }

    private void WriteAnnotated(string stem)
    {
        _temp.Write(stem + ".txt", "Envoys recalled\n" + Sentence);
        _temp.Write(stem + ".gold.json", Gold);
    }
}
