using Graph.Bolt;
using Graph.Cli.Output;
using Graph.Neo4j.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>
/// <c>graph query</c>: run a library query, a query file (plain Cypher, or with the library's header) or inline
/// Cypher against Neo4j, or list the library.
/// </summary>
internal sealed class QueryCommand : AsyncCommand<QuerySettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        if (settings.List)
        {
            RenderList();
            return ExitCodes.Success;
        }

        QueryDefinition? query = settings.Cypher is { } cypher ? Inline(cypher) : Resolve(settings.Query!);
        if (query is null)
        {
            return ExitCodes.BadArguments;
        }

        IReadOnlyDictionary<string, object?> parameters;
        try
        {
            parameters = query.Bind(settings.ParameterValues());
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            Terminal.Error("error: --param: " + ex.Message);
            return ExitCodes.BadArguments;
        }

        await using var driver = await Neo4jConnection.ConnectAsync(settings, cancellationToken);
        if (driver is null)
        {
            return ExitCodes.InputFailed;
        }

        QueryResult result;
        try
        {
            await using var session = driver.Session(new SessionOptions { Database = settings.ResolvedDatabase });
            result = await session.ExecuteReadAsync(tx => tx.RunAsync(query.Cypher, parameters, cancellationToken), cancellationToken);
        }
        catch (Neo4jException ex)
        {
            Terminal.Error($"error: query {query.Name}: {Neo4jConnection.Describe(ex)}");
            return ExitCodes.InputFailed;
        }

        Render(settings.Format, result);
        return ExitCodes.Success;
    }

    private static QueryDefinition? Inline(string cypher)
    {
        try
        {
            return QueryLibrary.ParseAdHoc(cypher, "--cypher", "cypher");
        }
        catch (QueryFormatException ex)
        {
            Terminal.Error("error: " + ex.Message);
            return null;
        }
    }

    private static QueryDefinition? Resolve(string nameOrFile)
    {
        if (File.Exists(nameOrFile))
        {
            try
            {
                return QueryLibrary.LoadFile(nameOrFile);
            }
            catch (QueryFormatException ex)
            {
                Terminal.Error("error: " + ex.Message);
                return null;
            }
        }

        if (QueryLibrary.Find(nameOrFile) is { } known)
        {
            return known;
        }

        Terminal.Error($"error: no query or file '{nameOrFile}'; known queries: {string.Join(", ", QueryLibrary.BuiltIn.Select(q => q.Name))}");
        return null;
    }

    private static void RenderList()
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Name").AddColumn("Question").AddColumn("Parameters (type = example)");
        foreach (var query in QueryLibrary.BuiltIn)
        {
            string parameters = string.Join("\n", query.Parameters.Select(p => $"{p.Name} ({p.TypeName}) = {p.Example}"));
            table.AddRow(Markup.Escape(query.Name), Markup.Escape(query.Question), Markup.Escape(parameters));
        }

        ResultTable.Write(table);
    }

    private static void Render(string format, QueryResult result)
    {
        var rows = result.Records.Select(r => r.Values);
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    QueryOutput.WriteJson(result.Keys, rows, stdout);
                    stdout.WriteByte((byte)'\n');
                }

                break;
            case "csv":
                using (var writer = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)))
                {
                    QueryOutput.WriteCsv(result.Keys, rows, writer);
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (string key in result.Keys)
                {
                    table.AddColumn(Markup.Escape(key));
                }

                foreach (var values in rows)
                {
                    table.AddRow(values.Select(v => Markup.Escape(QueryOutput.FormatText(v))).ToArray());
                }

                ResultTable.Write(table);
                Terminal.Err.MarkupLine($"[grey]{result.Records.Count} rows[/]");
                break;
        }
    }
}
