using System.Globalization;
using Graph.Build.Benchmarks;

// Usage: Graph.Build.Benchmarks [FOLDER…] [--sizes 1000,all] [--work DIR]
// Default folders: ../shared/corpus/whitehouse and ../shared/corpus/whitehouse-more (from the repository root).
// For each size, `graph build` runs from scratch in a process of its own over the first N texts (in build order),
// then the store is pushed to a loopback Bolt sink. One row per size.
if (args.Length > 0 && args[0] == BuildProbe.ChildFlag)
{
    return BuildProbe.RunChild(args[1..]);
}

var folders = new List<string>();
string sizes = "1000,all";
string? work = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            sizes = args[++i];
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
foreach (string size in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    int count = size == "all" ? files.Count : int.Parse(size, CultureInfo.InvariantCulture);
    string run = Path.Combine(work, count.ToString(CultureInfo.InvariantCulture));
    if (Directory.Exists(run))
    {
        Directory.Delete(run, recursive: true);
    }

    var sample = CorpusSample.Create(files, count, Path.Combine(run, "in"));
    string store = Path.Combine(run, "graph.db");
    string output = Path.Combine(run, "out");
    var build = BuildProbe.Run(sample.Folder, store, output);
    if (build.ExitCode != 0)
    {
        Console.Error.WriteLine($"warning: the build of {count} texts exited with {build.ExitCode}; {build.Summary}");
    }

    long kept = Size(store) + Size(output);
    var (records, pushSeconds) = await PushProbe.RunAsync(store);
    const double MB = 1024 * 1024;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {sample.Texts:N0} | {sample.Words:N0} | {build.Seconds:N1} | {sample.Words / build.Seconds:N0} | {build.Resources.PeakBytes / MB:N0} | " +
        $"{build.Resources.StorageWriteBytes / MB:N0} | {kept / MB:N0} | {(double)build.Resources.StorageWriteBytes / kept:N2} | {records:N0} | {records / pushSeconds:N0} |"));
}

Console.WriteLine();
Console.WriteLine("Written: bytes the build process dirtied in files (/proc/self/io write_bytes); kept: the store plus the output folder.");
return 0;

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
