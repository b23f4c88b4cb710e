using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Extraction.Evaluation;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Testing;
using Newtonsoft.Json;

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

    /// <summary>Writes what the reference scorer should see of <paramref name="extraction"/>: its entities and asserted facts.</summary>
    public static void WritePrediction(ArticleExtraction extraction, string path) =>
        File.WriteAllText(path, ExtractionJson.Serialize(Scorer.Predictions(extraction)));

    /// <summary>Runs <c>python3 score.py ARGS…</c>; skips the test when python3 is missing.</summary>
    public static Score Run(string scorer, params string[] arguments)
    {
        string output = Execute(scorer, arguments);
        Match match = FinalLine().Match(output);
        Assert.True(match.Success, output);
        return new Score(
            double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            output);
    }

    /// <summary>Runs <c>python3 score.py ARGS…</c> and returns its score lines, one per article, then the total.</summary>
    public static IReadOnlyList<ScoreLine> RunLines(string scorer, params string[] arguments)
    {
        string output = Execute(scorer, arguments);
        var lines = new List<ScoreLine>();
        foreach (string line in output.Split('\n'))
        {
            Match match = ArticleLine().Match(line);
            if (match.Success)
            {
                lines.Add(new ScoreLine(match.Groups["label"].Value, Part(match, "e"), Part(match, "f"), Part(match, "p")));
            }
        }

        Assert.True(lines.Count > 0, output);
        return lines;
    }

    /// <summary>
    /// The reference scorer's own <c>norm()</c> of each text; null for a text with a character that Python's
    /// Unicode version does not assign yet (its properties differ between versions).
    /// </summary>
    public static IReadOnlyList<string?> Norm(string scorer, IReadOnlyList<string> texts)
    {
        const string Program = """
            import json, sys, unicodedata
            sys.path.insert(0, sys.argv[1])
            from score import norm
            known = lambda t: all(unicodedata.category(c) != "Cn" for c in t)
            json.dump([norm(t) if known(t) else None for t in json.load(sys.stdin)], sys.stdout)
            """;
        string input = JsonConvert.SerializeObject(texts, new JsonSerializerSettings { StringEscapeHandling = StringEscapeHandling.EscapeNonAscii });
        return JsonConvert.DeserializeObject<List<string?>>(Python(input, "-c", Program, Path.GetDirectoryName(scorer)!))!;
    }

    private static string Python(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
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
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, stdout.Result + stderr.Result);
            return stdout.Result;
        }
    }

    private static string Execute(string scorer, string[] arguments)
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
            return output;
        }
    }

    private static Counts Part(Match match, string prefix) => new(
        match.Groups[prefix + "P"].Value,
        match.Groups[prefix + "R"].Value,
        match.Groups[prefix + "F"].Value,
        int.Parse(match.Groups[prefix + "tp"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups[prefix + "pred"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups[prefix + "gold"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"entities F1 ([0-9.]+), facts F1 ([0-9.]+)")]
    private static partial Regex FinalLine();

    [GeneratedRegex(
        @"^(?<label>.+?)\s+"
        + @"entities P (?<eP>[0-9.]+) R (?<eR>[0-9.]+) F1 (?<eF>[0-9.]+) \((?<etp>\d+)/(?<epred>\d+) of (?<egold>\d+)\) \| "
        + @"facts P (?<fP>[0-9.]+) R (?<fR>[0-9.]+) F1 (?<fF>[0-9.]+) \((?<ftp>\d+)/(?<fpred>\d+) of (?<fgold>\d+)\) \| "
        + @"pairs P (?<pP>[0-9.]+) R (?<pR>[0-9.]+) F1 (?<pF>[0-9.]+) \((?<ptp>\d+)/(?<ppred>\d+) of (?<pgold>\d+)\)$")]
    private static partial Regex ArticleLine();

    /// <summary>One score line: the label (article name or "ALL (micro)") and the three scores as printed.</summary>
    public sealed record ScoreLine(string Label, Counts Entities, Counts Facts, Counts Pairs);

    /// <summary>One printed score: precision, recall and F1 as text, and the counts.</summary>
    public sealed record Counts(string Precision, string Recall, string F1, int TruePositives, int Predicted, int Gold);
}
