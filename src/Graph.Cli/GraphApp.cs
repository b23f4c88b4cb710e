using System.Runtime.InteropServices;
using Graph.Cli.Commands;
using Graph.Cli.Commands.Neo4j;
using Graph.Cli.Output;
using Spectre.Console.Cli;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command tree.</summary>
internal static class GraphApp
{
    /// <summary>
    /// Parses <paramref name="args"/>, runs the command and returns its exit code. No command ends in a stack
    /// trace: an error none of them handled is one line and <see cref="ExitCodes.Unexpected"/>, the trace
    /// shown only with <c>--debug</c> (see <see cref="UnexpectedError"/>).
    /// </summary>
    public static int Run(string[] args)
    {
        bool debug = UnexpectedError.TakeDebug(ref args);
        args = DashValue.Join(args);
        var app = new CommandApp();
        app.Configure(Configure);

        // The first Ctrl-C asks the command to stop at its next safe point (a build between two articles);
        // a second one ends the process at once, as the system would.
        using var interrupt = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        });
        try
        {
            return app.Run(args, interrupt.Token);
        }
        catch (CommandAppException ex)
        {
            Terminal.Error("error: " + ex.Message.ReplaceLineEndings(" "));
            Terminal.Error("Run 'graph --help' for usage.");
            return ExitCodes.BadArguments;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: whatever escaped a command is reported, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Terminal.Error(UnexpectedError.Line(args, ex, debug));
            if (debug)
            {
                Console.Error.WriteLine(ex.ToString());
            }

            return ExitCodes.Unexpected;
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("graph");
        config.SetApplicationVersion(typeof(GraphApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        config.PropagateExceptions();
        config.ConfigureConsole(Terminal.Out);
        config.Settings.StrictParsing = true;
        config.AddCommand<BuildCommand>("build")
            .WithDescription("Read articles, extract entities and facts into the store, and write the exports.")
            .WithExample("build")
            .WithExample("build", "news/", "extra.md", "--store", "news.db", "--out", "news-out")
            .WithExample("build", "news/", "--rdf", "turtle,trig,jsonld")
            .WithExample("build", "news/", "--neo4j", "bolt://localhost:7687");
        config.AddCommand<ExtractCommand>("extract")
            .WithDescription("Show what extraction finds in one article (nothing is stored).")
            .WithExample("extract", "data/articles/000_3204a382f74a6061.txt")
            .WithExample("extract", "article.md", "--format", "table");
        config.AddCommand<EvalCommand>("eval")
            .WithDescription("Score extraction against annotated articles (NAME.gold.json beside each article).")
            .WithExample("eval", "annotated/")
            .WithExample("eval", "annotated/", "--errors")
            .WithExample("eval", "annotated/", "--format", "json");
        config.AddCommand<StatsCommand>("stats")
            .WithDescription("Count what the store holds: articles, entities by type, facts by predicate.")
            .WithExample("stats", "--store", "graph.db");
        config.AddBranch<StoreSettings>("entities", entities =>
        {
            entities.SetDescription("List canonical entities, most mentioned first (--type TYPE, --name TEXT, --top N, --format table|json); duplicates, merge and split manage entity resolution.");
            entities.SetDefaultCommand<EntitiesCommand>();
            entities.AddExample("entities", "--type", "person", "--top", "20");
            entities.AddExample("entities", "duplicates");
            entities.AddExample("entities", "merge", "person:amara_okafor", "person:okafor");
            entities.AddCommand<EntitiesDuplicatesCommand>("duplicates")
                .WithDescription("List likely duplicates not merged yet, each with the command that merges them.");
            entities.AddCommand<EntitiesMergeCommand>("merge")
                .WithDescription("Merge each OTHER into KEEP (recorded in STORE.entities.tsv), then recompute resolution.")
                .WithExample("entities", "merge", "person:amara_okafor", "person:okafor");
            entities.AddCommand<EntitiesSplitCommand>("split")
                .WithDescription("Never merge A with any B (recorded in STORE.entities.tsv), then recompute resolution.")
                .WithExample("entities", "split", "person:amara_okafor", "person:okafor");
        });
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write the stored graph in one format.")
            .WithExample("export", "--format", "turtle", "--out", "graph.ttl")
            .WithExample("export", "--format", "cypher", "--out", "-");
        config.AddCommand<ViewCommand>("view")
            .WithDescription("Explore the stored graph in a browser, with the sentences behind every edge; --out writes it as one HTML file.")
            .WithExample("view")
            .WithExample("view", "--store", "news.db", "--open")
            .WithExample("view", "--out", "graph.html")
            .WithExample("view", "--out", "around.html", "--around", "Tillerson", "--depth", "2", "--since", "2017-01-01");
        config.AddCommand<PushCommand>("push").WithDescription("Push the stored graph into Neo4j (idempotent batched MERGE).");
        config.AddCommand<TrainSyntaxCommand>("train-syntax")
            .WithDescription("Train the syntax model (tagger, lemmatizer, dependency parser) on a UD treebank and score it.")
            .WithExample("train-syntax")
            .WithExample("train-syntax", "--treebank", "../shared/nlp/ud-ewt", "--out", "data/models", "--iterations", "20");
        config.AddCommand<TrainNamesCommand>("train-names")
            .WithDescription("Train the name recognizer (persons, organizations, locations) on Universal NER and GUM and score it.")
            .WithExample("train-names")
            .WithExample("train-names", "--gum", "../shared/nlp/gum", "--out", "data/models", "--iterations", "12");
        config.AddCommand<DeriveEventsCommand>("derive-events")
            .WithDescription("Regenerate data/lexicon/events.tsv from the CAMEO verb dictionary and the project's own event patterns.")
            .WithExample("derive-events")
            .WithExample("derive-events", "--cameo", "CAMEO.2.0.txt", "--out", "events.tsv");
        config.AddCommand<DeriveActorsCommand>("derive-actors")
            .WithDescription("Regenerate data/gazetteer/*.phoenix.tsv (organizations, armed groups) from the Phoenix actor dictionaries.")
            .WithExample("derive-actors")
            .WithExample("derive-actors", "--dictionaries", "../shared/nlp/petrarch2", "--out", "data/gazetteer");
        config.AddCommand<QueryCommand>("query").WithDescription("Run a library query or a .cypher file against Neo4j; --list shows the library.");
    }
}
