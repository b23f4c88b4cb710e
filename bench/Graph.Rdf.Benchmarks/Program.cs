using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Rdf;
using Graph.Rdf.Benchmarks;

// Usage: Graph.Rdf.Benchmarks [workdir]            runs every measurement, each in a child process
//        Graph.Rdf.Benchmarks write <format> <n> <file>   (internal: one measured write)
if (args.Length == 4 && args[0] == "write")
{
    RdfFormat format = RdfFormats.Parse(args[1]);
    long n = long.Parse(args[2], CultureInfo.InvariantCulture);
    var watch = Stopwatch.StartNew();
    using (var stream = new FileStream(args[3], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
    using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
    using (RdfWriterBase writer = RdfWriters.Create(format, text, new RdfWriterOptions(GeneratedGraph.Namespaces)))
    {
        foreach (RdfQuad quad in GeneratedGraph.Triples(n))
        {
            writer.Add(quad);
        }
    }

    Console.WriteLine(watch.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture));
    return 0;
}

string work = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "graph-rdf-bench");
Directory.CreateDirectory(work);
// Re-launch this program for each measurement, through `dotnet` when that is how it was started.
string self = Environment.ProcessPath!;
bool viaDotnet = Path.GetFileNameWithoutExtension(self) == "dotnet";
string[] selfPrefix = viaDotnet ? [typeof(GeneratedGraph).Assembly.Location] : [];

Console.WriteLine($"# RDF writer benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine();
Console.WriteLine("| Tool | Task | Triples | Seconds | Triples/s | Peak RSS (MB) | Output (MB) |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
foreach (long n in new long[] { 100_000, 1_000_000 })
{
    foreach (string format in new[] { "ntriples", "turtle" })
    {
        string file = Path.Combine(work, $"graph-{n}.{(format == "turtle" ? "ttl" : "nt")}");
        Measured m = Measure(self, [.. selfPrefix, "write", format, n.ToString(CultureInfo.InvariantCulture), file], null);
        double seconds = double.Parse(m.StdOut.Trim(), CultureInfo.InvariantCulture);
        Row("Graph.Rdf", "write " + format, n, seconds, m.PeakRssMb, new FileInfo(file).Length);
    }

    string rapper = FindOnPath("rapper");
    if (rapper.Length == 0)
    {
        Console.WriteLine($"| rapper | N-Triples → Turtle | {n:N0} | absent: install raptor2-utils (apt-get install raptor2-utils) | | | |");
        continue;
    }

    string nt = Path.Combine(work, $"graph-{n}.nt");
    string ttl = Path.Combine(work, $"graph-{n}.rapper.ttl");
    Measured r = Measure(rapper, ["-q", "-i", "ntriples", "-o", "turtle", nt], ttl);
    Row("rapper", "N-Triples → Turtle", n, r.Seconds, r.PeakRssMb, new FileInfo(ttl).Length);
}

return 0;

static void Row(string tool, string task, long n, double seconds, double rssMb, long bytes) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {tool} | {task} | {n:N0} | {seconds:F2} | {n / seconds:N0} | {rssMb:F0} | {bytes / 1e6:F1} |"));

// Runs a process, sampling its peak resident set (VmHWM) until it exits.
static Measured Measure(string program, string[] arguments, string? stdoutFile)
{
    var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (string a in arguments)
    {
        start.ArgumentList.Add(a);
    }

    var watch = Stopwatch.StartNew();
    using Process process = Process.Start(start)!;
    Task<string> output = stdoutFile is null
        ? process.StandardOutput.ReadToEndAsync()
        : CopyAsync(process.StandardOutput.BaseStream, stdoutFile);
    long peakKb = 0;
    while (!process.WaitForExit(10))
    {
        peakKb = Math.Max(peakKb, ReadHwmKb(process.Id));
    }

    double seconds = watch.Elapsed.TotalSeconds;
    string text = output.Result;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{program} exited with {process.ExitCode}");
    }

    return new Measured(seconds, peakKb / 1024.0, text);
}

static async Task<string> CopyAsync(Stream source, string path)
{
    await using var file = File.Create(path);
    await source.CopyToAsync(file).ConfigureAwait(false);
    return string.Empty;
}

static long ReadHwmKb(int pid)
{
    try
    {
        foreach (string line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }
    }
    catch (IOException)
    {
        // The process ended between checks.
    }

    return 0;
}

static string FindOnPath(string name) =>
    (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
        .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists) ?? string.Empty;

internal sealed record Measured(double Seconds, double PeakRssMb, string StdOut);
