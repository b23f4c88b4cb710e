using System.Globalization;
using Graph.Store;
using Graph.View.Benchmarks;
using Graph.View.Hosting;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

// Usage: Graph.View.Benchmarks --store FILE [--runs 50] [--page-runs 5] [--json FILE]
// Reads the store as `graph view` does, serves it on a free loopback port, times the API's requests and the page's
// first view in headless chromium, writes the self-contained file for the whole graph and around the biggest hub,
// and prints the figures as Markdown. Progress goes to stderr.
const string Usage = "usage: Graph.View.Benchmarks --store FILE [--runs N] [--page-runs N] [--json FILE]";
string? storePath = null;
string? jsonPath = null;
int runs = 50;
int pageRuns = 5;
for (int i = 0; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--store" when value is not null:
            storePath = args[++i];
            break;
        case "--json" when value is not null:
            jsonPath = args[++i];
            break;
        case "--runs" when Count(value) is { } count:
            runs = count;
            i++;
            break;
        case "--page-runs" when Count(value) is { } count:
            pageRuns = count;
            i++;
            break;
        case "--store" or "--json":
            Console.Error.WriteLine($"error: {args[i]}: a file name must follow");
            Console.Error.WriteLine(Usage);
            return 2;
        case "--runs" or "--page-runs":
            Console.Error.WriteLine($"error: {args[i]}: a whole number from 1 must follow");
            Console.Error.WriteLine(Usage);
            return 2;
        default:
            Console.Error.WriteLine($"error: {args[i]}: unknown option");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

if (storePath is null)
{
    Console.Error.WriteLine("error: --store FILE is required");
    Console.Error.WriteLine(Usage);
    return 2;
}

if (!File.Exists(storePath))
{
    Console.Error.WriteLine($"error: {storePath}: no such store; run 'graph build' first");
    return 1;
}

string loadAtStart = LoadAverage.Read();
StoreLoad load;
try
{
    load = StoreLoad.Measure(storePath);
}
catch (StoreException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 1;
}

var graph = load.Graph;
if (graph.Entities.Count == 0)
{
    Console.Error.WriteLine($"error: {storePath}: the store holds no entities, nothing to measure");
    return 1;
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {storePath} in {load.Seconds:N2} s"));
var calls = ApiCalls.For(graph);
IReadOnlyList<ApiLatency> latencies;
IReadOnlyList<PageLoad>? pageTimes = null;
string? pageSkipped = PageLoadProbe.MissingReason;
int exit = 0;
await using (var server = await ViewServer.StartAsync(graph, new ViewServerOptions { Port = 0 }))
{
    Console.Error.WriteLine($"serving at {server.Url}; timing {calls.Count} requests, {runs} each");
    latencies = await LatencyProbe.RunAsync(server.Url, calls, runs);
    if (pageSkipped is null)
    {
        Console.Error.WriteLine($"opening the page {pageRuns} times in headless chromium");
        try
        {
            pageTimes = await PageLoadProbe.RunAsync(server.Url, pageRuns);
        }
        catch (PuppeteerSharp.PuppeteerException ex)
        {
            pageSkipped = "chromium failed: " + ex.Message.Split('\n')[0];
            Console.Error.WriteLine("error: " + pageSkipped);
            exit = 1;
        }
    }
}

Console.Error.WriteLine("writing the self-contained files");
string file = Path.Combine(Path.GetTempPath(), $"graph-view-bench-{Environment.ProcessId}.html");
var hub = ApiCalls.Hub(graph);
StaticPage[] pages = [StaticPageProbe.Run(graph, null, 2, file), StaticPageProbe.Run(graph, hub.Name, 2, file)];

var figures = new ViewFigures(
    storePath, graph.Articles.Count, graph.Entities.Count, graph.Relations.Count, loadAtStart, LoadAverage.Read(),
    load.Seconds, load.PeakBytes, latencies, pageTimes, pageSkipped, pages);
MarkdownReport.Write(Console.Out, figures, runs);
if (jsonPath is not null)
{
    var settings = new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver(), Formatting = Formatting.Indented };
    try
    {
        File.WriteAllText(jsonPath, JsonConvert.SerializeObject(figures, settings) + "\n");
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"error: {jsonPath}: cannot write: {ex.Message}");
        exit = 1;
    }
}

return exit;

static int? Count(string? value) =>
    int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0 ? count : null;
