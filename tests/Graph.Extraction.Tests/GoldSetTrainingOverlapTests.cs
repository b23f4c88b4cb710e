using Graph.Syntax.Training;
using Graph.Testing;
using Newtonsoft.Json.Linq;

namespace Graph.Extraction.Tests;

/// <summary>
/// No model is trained on a gold article's text: every GUM document whose source is an article of a gold set (the
/// same address in the gold file's <c>url</c> and the document's <c>meta::sourceURL</c>) is held out of the name
/// recognizer's training.
/// </summary>
public sealed class GoldSetTrainingOverlapTests
{
    [SkippableFact]
    public void GumDocuments_OfGoldArticles_AreHeldOutOfNameTraining()
    {
        // Given the GUM documents beside the repository, by their source address
        string? shared = RepositoryPaths.Shared;
        Skip.If(shared is null, "../shared (the GUM corpus) is absent beside the repository");
        string gum = Path.Combine(shared, "nlp", "gum");
        Skip.IfNot(Directory.Exists(gum), gum + " is absent");
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(gum, "GUM_*.conllu"))
        {
            const string Prefix = "# meta::sourceURL = ";
            string? line = File.ReadLines(file).Take(40).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
            if (line is not null)
            {
                documents[line[Prefix.Length..].Trim()] = Path.GetFileNameWithoutExtension(file);
            }
        }

        // When the gold files' addresses are looked up among them
        string gold = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Extraction.Tests", "Gold");
        var inGum = Directory.GetFiles(gold, "*.gold.json", SearchOption.AllDirectories)
            .Select(f => JObject.Parse(File.ReadAllText(f)).Value<string>("url"))
            .Where(url => url is not null && documents.ContainsKey(url))
            .Select(url => documents[url!])
            .ToList();

        // Then every one found is held out, and the lookup found the gold sets' Wikinews articles
        Assert.True(inGum.Count >= 17, $"{inGum.Count} gold articles found among the GUM documents");
        Assert.All(inGum, document => Assert.Contains(document, GumNameReader.HeldOutDocuments));
    }
}
