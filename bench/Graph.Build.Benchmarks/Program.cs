using System.Globalization;
using Graph.Build.Benchmarks;

// Usage: Graph.Build.Benchmarks [FOLDER…] [--sizes 1000,all] [--new 10] [--work DIR]
// Default folders: ../shared/corpus/whitehouse and ../shared/corpus/whitehouse-more (from the repository root).
// For each size, `graph build` runs from scratch in a process of its own over the first N texts (in build order),
// then the store is pushed to a loopback Bolt sink. One row per size. The largest size is first built without
// --new texts (spread evenly), then built again with them: the rerun's row shows what adding them costs.
if (args.Length > 0 && args[0] == BuildProbe.ChildFlag)
{
    return BuildProbe.RunChild(args[1..]);
}

var folders = new List<string>();
string sizes = "1000,all";
int fresh = 10;
string? work = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            sizes = args[++i];
            break;
        case "--new" when i + 1 < args.Length:
            fresh = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--work" when i + 1 < args.Length:
            work = args[++i];
            break;
        default:
            folders.Add(args[i]);
            break;
    }
}

if (folders.Count == 0)
{
    string root = RepositoryRoot() ?? Directory.GetCurrentDirectory();
    folders.AddRange(new[] { "whitehouse", "whitehouse-more" }.Select(name => Path.Combine(root, "..", "shared", "corpus", name)));
}

foreach (string folder in folders.Where(f => !Directory.Exists(f) && !File.Exists(f)))
{
    Console.Error.WriteLine($"error: {folder}: no such folder");
    return 1;
}

var files = CorpusSample.Files(folders);
work ??= Path.Combine(Path.GetTempPath(), "graph-build-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Console.WriteLine($"{files.Count:N0} texts in {string.Join(", ", folders)}; work folder {work}");
Console.WriteLine();
Console.WriteLine("| Texts | Words | Wall s | Words/s | Peak MB | Written MB | Kept MB | Written / kept | Push records | Push records/s |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
int[] counts = [.. sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(size => size == "all" ? files.Count : Math.Min(files.Count, int.Parse(size, CultureInfo.InvariantCulture)))];
foreach (int count in counts)
{
    string run = Path.Combine(work, count.ToString(CultureInfo.InvariantCulture));
    if (Directory.Exists(run))
    {
        Directory.Delete(run, recursive: true);
    }

    bool last = count == counts.Max() && fresh > 0;
    var sample = CorpusSample.Create(files, count, Path.Combine(run, "in"), last ? fresh : 0);
    string store = Path.Combine(run, "graph.db");
    string output = Path.Combine(run, "out");
    var build = BuildProbe.Run(sample.Folder, store, output);
    var (records, pushSeconds) = await PushProbe.RunAsync(store);
    Report(sample.Texts.ToString("N0", CultureInfo.InvariantCulture), sample.Words, build, Size(store) + Size(output), records, pushSeconds);
    if (last)
    {
        sample.AddHeld();
        var rerun = BuildProbe.Run(sample.Folder, store, output);
        Report($"rerun, {sample.Held} new", sample.Words, rerun, Size(store) + Size(output), null, 0);
        Console.Error.WriteLine($"rerun: {rerun.Summary}; first build: {build.Seconds:N1} s, rerun {rerun.Seconds:N1} s ({rerun.Seconds / build.Seconds:P1})");
    }
}

Console.WriteLine();
Console.WriteLine("Written: bytes the build process dirtied in files (/proc/self/io write_bytes); kept: the store plus the output folder.");
return 0;

static void Report(string texts, long words, BuildFigures build, long kept, long? records, double pushSeconds)
{
    if (build.ExitCode != 0)
    {
        Console.Error.WriteLine($"warning: the build of {texts} texts exited with {build.ExitCode}; {build.Summary}");
    }

    const double MB = 1024 * 1024;
    string push = records is { } rows ? string.Create(CultureInfo.InvariantCulture, $"{rows:N0} | {rows / pushSeconds:N0}") : "– | –";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {texts} | {words:N0} | {build.Seconds:N1} | {words / build.Seconds:N0} | {build.Resources.PeakBytes / MB:N0} | " +
        $"{build.Resources.StorageWriteBytes / MB:N0} | {kept / MB:N0} | {(double)build.Resources.StorageWriteBytes / kept:N2} | {push} |"));
}

static long Size(string path) =>
    File.Exists(path) ? new FileInfo(path).Length
    : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
    : 0;

static string? RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
