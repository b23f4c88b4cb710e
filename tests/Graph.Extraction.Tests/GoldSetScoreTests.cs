using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests;

/// <summary>
/// Scores the hand-annotated articles in Gold/ (news from several regions, one gold file each) with the
/// reference scorer, as a guard against regressions in general recall and precision.
/// </summary>
public sealed partial class GoldSetScoreTests
{
    // Micro-averaged F1 measured on the gold set, rounded down a little.
    private const double MinimumEntitiesF1 = 0.96;
    private const double MinimumFactsF1 = 0.88;

    [SkippableFact]
    public void Extract_GoldSet_StaysAtOrAboveMeasuredQualityOnTheReferenceScorer()
    {
        string? shared = RepositoryPaths.Shared;
        Skip.If(shared is null, "the shared folder with the reference scorer is not beside the repository");
        string scorer = Path.Combine(shared!, "eval", "score.py");
        Skip.If(!File.Exists(scorer), "shared/eval has no scorer");
        string gold = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Extraction.Tests", "Gold");
        string[] articles = Directory.GetFiles(gold, "*.txt");
        Assert.True(articles.Length >= 6, "the gold set holds at least six articles");

        // Given every gold article as the text reader gives it (first line headline, rest body), extracted
        using var directory = new TempDirectory();
        foreach (string article in articles)
        {
            string name = Path.GetFileNameWithoutExtension(article);
            string text = File.ReadAllText(article);
            int newline = text.IndexOf('\n', StringComparison.Ordinal);
            var document = new ArticleDocument(name + ".txt", text[..newline], text[(newline + 1)..]);
            File.WriteAllText(Path.Combine(directory.Path, name + ".json"), ExtractionJson.Serialize(ExtractionPipeline.Default.Extract(document)));
        }

        // When the reference scorer compares the whole set
        string output = RunScorer(scorer, gold, directory.Path);

        // Then the micro-averaged F1 scores stay at or above the measured ones
        Match match = FinalLine().Match(output);
        Assert.True(match.Success, output);
        double entities = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double facts = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.True(entities >= MinimumEntitiesF1, output);
        Assert.True(facts >= MinimumFactsF1, output);
    }

    private static string RunScorer(string scorer, string gold, string predictions)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(scorer);
        start.ArgumentList.Add("--dir");
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(predictions);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Skip.If(true, "python3 is not installed, so the reference scorer cannot run");
            throw;
        }

        using (process)
        {
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, output);
            return output;
        }
    }

    [GeneratedRegex(@"entities F1 ([0-9.]+), facts F1 ([0-9.]+)")]
    private static partial Regex FinalLine();
}
