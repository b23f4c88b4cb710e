using System.Globalization;
using System.Runtime.InteropServices;
using Graph.Cli.Output;
using Graph.View.Data;
using Graph.View.Hosting;
using Graph.View.Static;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph view</c>: serves the graph explorer on loopback until Ctrl-C, or with <c>--out</c> writes it as one
/// self-contained HTML file.
/// </summary>
internal sealed class ViewCommand : AsyncCommand<ViewSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ViewSettings settings, CancellationToken cancellationToken)
    {
        ViewGraph graph;
        using (var store = StoreOpener.OpenExisting(settings.Store))
        {
            if (store is null)
            {
                return ExitCodes.InputFailed;
            }

            graph = ViewGraph.Build(store);
        }

        return settings.Out is null ? await ServeAsync(graph, settings, cancellationToken) : WritePage(graph, settings);
    }

    private static async Task<int> ServeAsync(ViewGraph graph, ViewSettings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            // Stop serving and return normally rather than have the runtime kill the process.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        try
        {
            ViewServer server;
            try
            {
                server = await ViewServer.StartAsync(graph, new ViewServerOptions { Host = settings.Host, Port = settings.Port }, stop.Token);
            }
            catch (IOException ex)
            {
                Terminal.Error($"error: cannot listen on {settings.Host} port {settings.Port}: {ex.Message}");
                return ExitCodes.InputFailed;
            }

            await using (server)
            {
                Console.Out.WriteLine($"Serving the graph explorer at {server.Url} (Ctrl-C stops)");
                Console.Out.Flush();
                if (settings.Open)
                {
                    BrowserLauncher.Open(server.Url);
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C or SIGTERM: the normal way to stop.
                }
            }

            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    private static int WritePage(ViewGraph graph, ViewSettings settings)
    {
        ViewEntity? around = null;
        if (settings.Around is not null)
        {
            around = graph.Resolve(settings.Around);
            if (around is null)
            {
                Terminal.Error($"error: --around: no entity named '{settings.Around}' in {settings.Store}");
                return ExitCodes.InputFailed;
            }
        }

        var subgraph = graph.Subgraph(new SubgraphScope(around, settings.Depth, settings.SinceDate));
        string path = settings.Out!;
        try
        {
            AtomicFile.Write(path, writer =>
            {
                StaticPageWriter.Write(writer, subgraph);
                return true;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {path}: cannot write: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        long bytes = new FileInfo(path).Length;
        string centre = around is null ? string.Empty : $" around {around.Name} (depth {settings.Depth})";
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {path} ({Size(bytes)}): {subgraph.Entities.Count} nodes, {subgraph.Relations.Count} edges, {subgraph.Articles.Count} articles{centre}"));
        return ExitCodes.Success;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MiB"),
    };
}
