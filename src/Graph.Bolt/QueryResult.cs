namespace Graph.Bolt;

/// <summary>A fully consumed query result: keys, records and summary.</summary>
public sealed class QueryResult
{
    internal QueryResult(IReadOnlyList<string> keys, IReadOnlyList<BoltRecord> records, ResultSummary summary)
    {
        Keys = keys;
        Records = records;
        Summary = summary;
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The records, in the order the server sent them.</summary>
    public IReadOnlyList<BoltRecord> Records { get; }

    /// <summary>Statistics and metadata.</summary>
    public ResultSummary Summary { get; }
}
