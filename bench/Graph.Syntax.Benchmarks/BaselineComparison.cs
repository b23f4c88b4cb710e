using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Graph.Syntax.Benchmarks;

/// <summary>
/// Times this build of the syntax layer against another build of <c>Graph.Syntax.dll</c> (loaded beside it in its
/// own load context) in one process, alternating the two over chunks of sentences. On a shared machine whose load
/// changes from minute to minute, the ratio of the two times is steadier than either figure alone.
/// </summary>
internal static class BaselineComparison
{
    private const int Chunk = 400;

    /// <summary>Parses every sentence with both builds; returns (baseline seconds, this build's seconds, median chunk ratio).</summary>
    public static (double Baseline, double Current, double MedianRatio) Run(string baselineDll, List<(string Text, List<(int Start, int End)> Sentences)> paragraphs)
    {
        var baseline = ParseOf(new AssemblyLoadContext("baseline").LoadFromAssemblyPath(Path.GetFullPath(baselineDll)));
        var current = ParseOf(typeof(SyntaxModel).Assembly);
        var sentences = paragraphs.SelectMany(p => p.Sentences.Select(s => (p.Text, s.Start, s.End))).ToList();
        foreach (var (text, start, end) in sentences.Take(2000))
        {
            baseline(text, start, end);
            current(text, start, end);
        }

        double baselineSeconds = 0, currentSeconds = 0;
        var ratios = new List<double>();
        for (int c = 0; c < sentences.Count; c += Chunk)
        {
            var chunk = sentences.GetRange(c, Math.Min(Chunk, sentences.Count - c));

            // Alternate which build goes first, so neither always meets a warmer cache.
            bool baselineFirst = c / Chunk % 2 == 0;
            double first = Time(baselineFirst ? baseline : current, chunk);
            double second = Time(baselineFirst ? current : baseline, chunk);
            double b = baselineFirst ? first : second;
            double n = baselineFirst ? second : first;
            baselineSeconds += b;
            currentSeconds += n;
            ratios.Add(b / n);
        }

        ratios.Sort();
        return (baselineSeconds, currentSeconds, ratios[ratios.Count / 2]);
    }

    private static double Time(Func<string, int, int, object> parse, List<(string Text, int Start, int End)> chunk)
    {
        var watch = Stopwatch.StartNew();
        foreach (var (text, start, end) in chunk)
        {
            parse(text, start, end);
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The <c>Parse(text, start, end)</c> of the default model of a build of Graph.Syntax.</summary>
    private static Func<string, int, int, object> ParseOf(Assembly syntax)
    {
        var type = syntax.GetType(typeof(SyntaxModel).FullName!, throwOnError: true)!;
        object model = type.GetProperty(nameof(SyntaxModel.Default))!.GetValue(null)!;
        var parse = type.GetMethod(nameof(SyntaxModel.Parse), [typeof(string), typeof(int), typeof(int)])!;
        return parse.CreateDelegate<Func<string, int, int, object>>(model);
    }
}
