using System.Diagnostics;
using System.Globalization;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Graph.Model;
using Graph.Syntax;

// Usage: Graph.Extraction.Benchmarks [FOLDER]   (default ../shared/corpus/whitehouse)
// One thread, so the figures are per core. Each pipeline runs once to warm up, then is timed over every article.
string folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "whitehouse");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: {folder}: no such folder");
    return 1;
}

var reader = new ArticleFileReader();
var documents = new List<ArticleDocument>();
foreach (string file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    try
    {
        documents.Add(reader.Read(file));
    }
    catch (ArticleReadException)
    {
        // Unreadable files are the ingestion tests' business; the benchmark measures the rest.
    }
}

long words = documents.Sum(d => (long)d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
var load = Stopwatch.StartNew();
SyntaxModel model = SyntaxModel.Default;
double loadSeconds = load.Elapsed.TotalSeconds;
long modelBytes = typeof(SyntaxModel).Assembly.GetManifestResourceNames().Sum(n => typeof(SyntaxModel).Assembly.GetManifestResourceStream(n)!.Length);

ExtractionPipeline surface = new ExtractionPipelineBuilder()
    .UseCleanup().UseSentences().UseTokens().UseMentions().UseCoreference().UseStructuralFacts().UseTimePlace().Build();
ExtractionPipeline full = ExtractionPipeline.Default;

double Time(Action<ArticleDocument> run)
{
    run(documents[0]);
    var watch = Stopwatch.StartNew();
    foreach (ArticleDocument document in documents)
    {
        run(document);
    }

    return watch.Elapsed.TotalSeconds;
}

double parseSeconds = Time(d => model.Parse(d.Text, 0, d.Text.Length));
double surfaceSeconds = Time(d => surface.Extract(d));
double fullSeconds = Time(d => full.Extract(d));

string Rate(double seconds) => (words / seconds).ToString("N0", CultureInfo.InvariantCulture);
string Ratio(double seconds) => (seconds / surfaceSeconds).ToString("F2", CultureInfo.InvariantCulture);
Console.WriteLine($"# Extraction benchmark: {documents.Count:N0} articles, {words:N0} words, one thread, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine($"Syntax model: {modelBytes / 1048576.0:F1} MB, loaded in {loadSeconds:F2} s");
Console.WriteLine();
Console.WriteLine("| Pipeline | Seconds | Words/s | Time vs. baseline |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| baseline: extraction without parse and event coding | {surfaceSeconds:F1} | {Rate(surfaceSeconds)} | 1.00 |");
Console.WriteLine($"| parse alone (tokenize, tag, lemmatize, parse) | {parseSeconds:F1} | {Rate(parseSeconds)} | {Ratio(parseSeconds)} |");
Console.WriteLine($"| full extraction (parse, event coding, everything) | {fullSeconds:F1} | {Rate(fullSeconds)} | {Ratio(fullSeconds)} |");
return 0;
