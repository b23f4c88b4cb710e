using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests;

public sealed partial class SampleArticleScoreTests
{
    private const string Name = "000_3204a382f74a6061";

    [SkippableFact]
    public void Extract_SampleArticle_MeetsQualityBarOnTheReferenceScorer()
    {
        string? shared = RepositoryPaths.Shared;
        Skip.If(shared is null, "the shared folder with the gold annotations and scorer is not beside the repository");
        string gold = Path.Combine(shared!, "eval", Name + ".gold.json");
        string scorer = Path.Combine(shared!, "eval", "score.py");
        Skip.If(!File.Exists(gold) || !File.Exists(scorer), "shared/eval has no gold file or scorer for the sample article");

        // Given the sample article as the text reader gives it (first line headline, rest body)
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.SampleArticles, Name + ".txt"));
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        var document = new ArticleDocument(Name + ".txt", text[..newline], text[(newline + 1)..]);

        // When it is extracted and scored by the reference scorer
        using var directory = new TempDirectory();
        string prediction = Path.Combine(directory.Path, Name + ".json");
        File.WriteAllText(prediction, ExtractionJson.Serialize(ExtractionPipeline.Default.Extract(document)));
        string output = RunScorer(scorer, gold, prediction);

        // Then entities F1 >= 0.80 and facts F1 >= 0.50
        Match match = FinalLine().Match(output);
        Assert.True(match.Success, output);
        double entities = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double facts = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.True(entities >= 0.80, output);
        Assert.True(facts >= 0.50, output);
    }

    private static string RunScorer(string scorer, string gold, string prediction)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(scorer);
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(prediction);
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
