using System.Diagnostics;
using System.Globalization;
using Graph.Syntax;
using Graph.Syntax.Benchmarks;

// Usage: Graph.Syntax.Benchmarks [corpus-folder] [model-file] [--against OTHER/Graph.Syntax.dll]
//        (defaults: ../shared/corpus/whitehouse beside the repository; the model built into Graph.Syntax)
int against = Array.IndexOf(args, "--against");
string? baselineDll = against >= 0 && against + 1 < args.Length ? args[against + 1] : null;
if (against >= 0 && (baselineDll is null || !File.Exists(baselineDll)))
{
    Console.Error.WriteLine($"error: {baselineDll ?? "--against"}: no such Graph.Syntax.dll to compare with");
    return 1;
}

args = against >= 0 ? [.. args[..against], .. args[(against + 2)..]] : args;
string folder = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "whitehouse");
string? modelFile = args.Length > 1 ? args[1] : null;
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: {folder}: no such corpus folder");
    return 1;
}

Console.WriteLine($"# Syntax benchmark (1 thread, {Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine();

// Load time: the first load includes JIT compilation of the reader; later loads show the steady cost.
var loads = new List<double>();
for (int i = 0; i < 5; i++)
{
    var watch = Stopwatch.StartNew();
    using var stream = modelFile is null ? typeof(SyntaxModel).Assembly.GetManifestResourceStream(SyntaxModel.ResourceName)! : File.OpenRead(modelFile);
    _ = SyntaxModel.Load(stream);
    loads.Add(watch.Elapsed.TotalMilliseconds);
}

SyntaxModel model;
using (var stream = modelFile is null ? typeof(SyntaxModel).Assembly.GetManifestResourceStream(SyntaxModel.ResourceName)! : File.OpenRead(modelFile))
{
    model = SyntaxModel.Load(stream);
}

var paragraphs = CorpusSentences.Read(folder);
int sentences = paragraphs.Sum(p => p.Sentences.Count);

// Warm up both paths once over a slice, then time full passes.
foreach (var (text, ranges) in paragraphs.Take(200))
{
    foreach (var (start, end) in ranges)
    {
        _ = model.Parse(text, start, end);
    }
}

long words = 0;
var tokenizeWatch = Stopwatch.StartNew();
foreach (var (text, ranges) in paragraphs)
{
    foreach (var (start, end) in ranges)
    {
        words += UdTokenizer.Tokenize(text, start, end).Count;
    }
}

tokenizeWatch.Stop();
long parsed = 0;
long longest = 0;
var parseWatch = Stopwatch.StartNew();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
foreach (var (text, ranges) in paragraphs)
{
    foreach (var (start, end) in ranges)
    {
        int count = model.Parse(text, start, end).Tokens.Count;
        parsed += count;
        longest = Math.Max(longest, count);
    }
}

parseWatch.Stop();
double parseCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

Console.WriteLine("| Measure | Value |");
Console.WriteLine("|---|---:|");
Console.WriteLine($"| Model load, first (ms) | {loads[0]:N0} |");
Console.WriteLine($"| Model load, median of the next four (ms) | {loads.Skip(1).Order().ElementAt(1):N0} |");
Console.WriteLine($"| Corpus | {paragraphs.Count:N0} paragraphs, {sentences:N0} sentences, {words:N0} words (longest sentence {longest:N0}) |");
Console.WriteLine($"| Tokenize only (words/s) | {words / tokenizeWatch.Elapsed.TotalSeconds:N0} |");
Console.WriteLine($"| Tokenize + tag + lemmatize + parse (words/s, wall clock) | {parsed / parseWatch.Elapsed.TotalSeconds:N0} |");
Console.WriteLine($"| Tokenize + tag + lemmatize + parse (words/s, CPU time) | {parsed / parseCpu:N0} |");
Console.WriteLine($"| Managed memory after the run (MB) | {GC.GetTotalMemory(false) / 1048576.0:N0} |");

// The weight tables live in native memory: the process's resident memory shows them (the timed loads' copies freed first).
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
GC.KeepAlive(model);
Console.WriteLine($"| Process memory after the run (MB, resident) | {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} |");
if (baselineDll is not null)
{
    var (baselineSeconds, currentSeconds, medianRatio) = BaselineComparison.Run(baselineDll, paragraphs);
    Console.WriteLine($"| Against {Path.GetFullPath(baselineDll)}: baseline / this build (words/s) | {parsed / baselineSeconds:N0} / {parsed / currentSeconds:N0} |");
    Console.WriteLine($"| Speed-up (total time; median over chunks of 400 sentences) | {baselineSeconds / currentSeconds:F2}; {medianRatio:F2} |");
}

return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
