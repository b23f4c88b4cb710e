namespace Graph.Bolt;

/// <summary>What the server reported about a finished query.</summary>
public sealed record ResultSummary
{
    /// <summary>The query text.</summary>
    public required string Query { get; init; }

    /// <summary>Update statistics.</summary>
    public required SummaryCounters Counters { get; init; }

    /// <summary>The database the query ran against, as reported by the server (null when not reported).</summary>
    public string? Database { get; init; }

    /// <summary>The kind of query.</summary>
    public QueryType QueryType { get; init; }

    /// <summary>Time until the first record was available (<c>t_first</c>).</summary>
    public TimeSpan? ResultAvailableAfter { get; init; }

    /// <summary>Time to consume the result on the server (<c>t_last</c>).</summary>
    public TimeSpan? ResultConsumedAfter { get; init; }

    /// <summary>The server's agent string, e.g. <c>Neo4j/5.26.0</c>.</summary>
    public string? Server { get; init; }

    /// <summary>The negotiated Bolt version, e.g. <c>5.8</c>.</summary>
    public string? ProtocolVersion { get; init; }
}
