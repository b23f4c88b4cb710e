using Graph.Bolt;
using Graph.Cli.Output;
using Graph.Model;
using Graph.Neo4j;
using Spectre.Console;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>
/// Connects with the push options, pushes a graph and prints the summary: the whole of <c>graph push</c>
/// after the store is open, and the last step of <c>graph build --neo4j</c>.
/// </summary>
internal static class StorePush
{
    /// <summary>Pushes <paramref name="source"/>; returns the exit code after printing the summary or the error.</summary>
    public static async Task<int> RunAsync(IGraphSource source, PushSettings settings, CancellationToken cancellationToken)
    {
        await using var driver = await Neo4jConnection.ConnectAsync(settings, cancellationToken);
        if (driver is null)
        {
            return ExitCodes.InputFailed;
        }

        var pusher = new Neo4jPusher(driver, new Neo4jPushOptions { Database = settings.ResolvedDatabase, BatchSize = settings.BatchSize });
        Neo4jPushResult result;
        try
        {
            result = await PushProgressView.RunAsync(pusher, source, cancellationToken);
        }
        catch (Neo4jPushException ex)
        {
            Terminal.Error("error: " + ex.Message.ReplaceLineEndings(" "));
            return ExitCodes.InputFailed;
        }
        catch (Neo4jException ex)
        {
            Terminal.Error("error: " + Neo4jConnection.Describe(ex));
            return ExitCodes.InputFailed;
        }

        Render(result);
        return ExitCodes.Success;
    }

    private static void Render(Neo4jPushResult result)
    {
        var c = result.Counters;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Pushed").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("batches", result.Batches.ToString("N0"));
        table.AddRow("rows", result.Rows.ToString("N0"));
        table.AddRow("nodes created", c.NodesCreated.ToString("N0"));
        table.AddRow("relationships created", c.RelationshipsCreated.ToString("N0"));
        table.AddRow("properties set", c.PropertiesSet.ToString("N0"));
        table.AddRow("labels added", c.LabelsAdded.ToString("N0"));
        table.AddRow("constraints added", c.ConstraintsAdded.ToString("N0"));
        table.AddRow("indexes added", c.IndexesAdded.ToString("N0"));
        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine(result.ChangedNothing
            ? "[green]Up to date:[/] the database already held exactly this graph."
            : "[green]Pushed.[/] Pushing again changes nothing unless the store changes.");
    }
}
