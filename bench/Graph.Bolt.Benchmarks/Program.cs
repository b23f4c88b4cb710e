using System.Diagnostics;
using System.Globalization;
using Graph.Bolt;
using Graph.Bolt.Benchmarks;
using Path = System.IO.Path;

// Encodes and sends N rows as UNWIND batches in managed write transactions to a loopback sink, first with this
// client, then with the official Neo4j JavaScript driver (tests/js/bolt-bench.mjs), and prints both rates.
// Usage: dotnet run -c Release --project bench/Graph.Bolt.Benchmarks [rows] [batch]
int rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
int batch = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
const string Query = "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n.name = row.name, n += row.props";

await using var sink = new BoltSink();
string uri = $"bolt://127.0.0.1:{sink.Port}";
Console.WriteLine($"Loopback sink on {uri}; {rows:N0} rows in batches of {batch:N0}.");

var batches = BuildBatches(rows, batch);
await using (var driver = BoltDriver.Create(uri, AuthTokens.Basic("neo4j", "bench")))
{
    await using var session = driver.Session();
    await SendAsync(session, BuildBatches(Math.Min(rows, 20_000), batch)); // warm-up (JIT, pool, buffers)
    long bytesBefore = sink.BytesReceived;
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    await SendAsync(session, batches);
    watch.Stop();
    long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"graph-bolt: {rows / watch.Elapsed.TotalSeconds,12:N0} rows/s  ({watch.Elapsed.TotalMilliseconds:N0} ms, " +
        $"{(double)allocated / rows:N0} B allocated/row, {(double)(sink.BytesReceived - bytesBefore) / rows:N1} wire B/row)"));
}

string? js = FindJsTools();
if (js is null || !Directory.Exists(Path.Combine(js, "node_modules")))
{
    Console.WriteLine("JavaScript driver: skipped (run `npm ci` in tests/js).");
    return;
}

var start = new ProcessStartInfo("node") { WorkingDirectory = js, RedirectStandardOutput = true };
foreach (string arg in new[] { Path.Combine(js, "bolt-bench.mjs"), uri, rows.ToString(CultureInfo.InvariantCulture), batch.ToString(CultureInfo.InvariantCulture) })
{
    start.ArgumentList.Add(arg);
}

using var node = Process.Start(start)!;
string output = await node.StandardOutput.ReadToEndAsync();
await node.WaitForExitAsync();
Console.Write(output);

static async Task SendAsync(BoltSession session, List<Dictionary<string, object?>> batches)
{
    foreach (var parameters in batches)
    {
        await session.ExecuteWriteAsync(tx => tx.RunAsync(Query, parameters));
    }
}

static List<Dictionary<string, object?>> BuildBatches(int rows, int batch)
{
    var batches = new List<Dictionary<string, object?>>();
    for (int first = 0; first < rows; first += batch)
    {
        var list = new List<object?>(batch);
        for (int i = first; i < Math.Min(rows, first + batch); i++)
        {
            list.Add(new Dictionary<string, object?>
            {
                ["id"] = "entity-" + i.ToString("D7", CultureInfo.InvariantCulture),
                ["name"] = "Entity number " + i.ToString(CultureInfo.InvariantCulture),
                ["props"] = new Dictionary<string, object?> { ["kind"] = "Organization", ["mentions"] = (long)i, ["score"] = i / 7.0 },
            });
        }

        batches.Add(new Dictionary<string, object?> { ["rows"] = list });
    }

    return batches;
}

static string? FindJsTools()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
        {
            return Path.Combine(dir.FullName, "tests", "js");
        }
    }

    return null;
}
