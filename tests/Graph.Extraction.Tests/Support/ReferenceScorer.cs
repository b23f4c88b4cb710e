using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Support;

/// <summary>Runs the reference scorer (shared/eval/score.py) on predictions written by the pipeline.</summary>
internal static partial class ReferenceScorer
{
    /// <summary>The scorer's micro-averaged F1 scores and its whole output (for assertion messages).</summary>
    public sealed record Score(double EntitiesF1, double FactsF1, string Output);

    /// <summary>The scorer script; skips the test, saying why, when shared/ or the script is absent.</summary>
    public static string Locate()
    {
        string? shared = RepositoryPaths.Shared;
        Skip.If(shared is null, "the shared folder with the reference scorer is not beside the repository");
        string scorer = Path.Combine(shared!, "eval", "score.py");
        Skip.If(!File.Exists(scorer), "shared/eval has no scorer");
        return scorer;
    }

    /// <summary>A plain-text article as the text reader gives it: first line headline, the rest body.</summary>
    public static ArticleDocument ReadText(string path)
    {
        string text = File.ReadAllText(path);
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new ArticleDocument(Path.GetFileName(path), text[..newline], text[(newline + 1)..]);
    }

    /// <summary>Extracts <paramref name="document"/> and writes its exchange-format JSON to <paramref name="path"/>.</summary>
    public static void WritePrediction(ArticleDocument document, string path) =>
        File.WriteAllText(path, ExtractionJson.Serialize(ExtractionPipeline.Default.Extract(document)));

    /// <summary>Runs <c>python3 score.py ARGS…</c>; skips the test when python3 is missing.</summary>
    public static Score Run(string scorer, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(scorer);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
            Match match = FinalLine().Match(output);
            Assert.True(match.Success, output);
            return new Score(
                double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                output);
        }
    }

    [GeneratedRegex(@"entities F1 ([0-9.]+), facts F1 ([0-9.]+)")]
    private static partial Regex FinalLine();
}
