using Graph.Bolt.Messages;
using Graph.Bolt.Responses;

namespace Graph.Bolt.Protocol;

/// <summary>RUN + PULL pipelined, then more PULLs while the server has more records; builds the <see cref="QueryResult"/>.</summary>
internal static class QueryExecution
{
    public static async Task<(QueryResult Result, string? Bookmark)> RunAsync(
        BoltConnection connection, RunMessage run, long fetchSize, CancellationToken cancellationToken)
    {
        var runHandler = new RunHandler();
        var records = new List<BoltRecord>();
        connection.Enqueue(run, runHandler);
        var pull = new RecordHandler(runHandler, records);
        connection.Enqueue(new PullMessage(fetchSize), pull);
        await connection.SendAndReceiveAsync(cancellationToken).ConfigureAwait(false);
        while (pull.HasMore)
        {
            pull = new RecordHandler(runHandler, records);
            connection.Enqueue(new PullMessage(fetchSize), pull);
            await connection.SendAndReceiveAsync(cancellationToken).ConfigureAwait(false);
        }

        var summary = new ResultSummary
        {
            Query = run.Query,
            Counters = SummaryCounters.FromStats(pull.Get<Dictionary<string, object?>>("stats")),
            Database = pull.Get<string>("db") ?? runHandler.Get<string>("db"),
            QueryType = pull.Get<string>("type") switch
            {
                "r" => QueryType.ReadOnly,
                "rw" => QueryType.ReadWrite,
                "w" => QueryType.WriteOnly,
                "s" => QueryType.SchemaWrite,
                _ => QueryType.Unknown,
            },
            ResultAvailableAfter = runHandler.Metadata.TryGetValue("t_first", out object? first) && first is long f
                ? TimeSpan.FromMilliseconds(f)
                : null,
            ResultConsumedAfter = pull.Metadata.TryGetValue("t_last", out object? last) && last is long l ? TimeSpan.FromMilliseconds(l) : null,
            Server = connection.ServerAgent,
            ProtocolVersion = connection.Version.ToString(),
        };
        return (new QueryResult(runHandler.Keys.Names, records, summary), pull.Get<string>("bookmark"));
    }
}
