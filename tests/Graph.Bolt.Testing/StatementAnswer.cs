namespace Graph.Bolt.Testing;

/// <summary>
/// How a <see cref="StatementResponder"/> answers one RUN: the result's columns and records and the
/// update counters of the final SUCCESS, or a FAILURE.
/// </summary>
public sealed record StatementAnswer
{
    /// <summary>An empty result with no counters.</summary>
    public static StatementAnswer Empty { get; } = new();

    /// <summary>Column names (<c>fields</c> of the RUN's SUCCESS).</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>Record values, one list per record (any value <see cref="RawStruct"/> can stand for a node, path …).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Records { get; init; } = [];

    /// <summary>The <c>stats</c> map of the final SUCCESS (<c>nodes-created</c> …); left out when empty.</summary>
    public IReadOnlyDictionary<string, object?> Stats { get; init; } = new Dictionary<string, object?>();

    /// <summary>The <c>type</c> of the final SUCCESS: <c>r</c>, <c>rw</c>, <c>w</c> or <c>s</c>.</summary>
    public string QueryType { get; init; } = "rw";

    /// <summary>When set, the RUN is answered with FAILURE carrying this code and <see cref="FailureMessage"/>.</summary>
    public string? FailureCode { get; init; }

    /// <summary>The FAILURE's message.</summary>
    public string FailureMessage { get; init; } = "";

    /// <summary>A write that reports these counters (keys as Neo4j sends them, e.g. <c>nodes-created</c>).</summary>
    public static StatementAnswer Updates(params (string Counter, long Value)[] counters) => new()
    {
        QueryType = "w",
        Stats = counters.Where(c => c.Value != 0).ToDictionary(c => c.Counter, c => (object?)c.Value, StringComparer.Ordinal),
    };

    /// <summary>A read returning <paramref name="records"/> under <paramref name="keys"/>.</summary>
    public static StatementAnswer Rows(IReadOnlyList<string> keys, params object?[][] records) => new()
    {
        QueryType = "r",
        Keys = keys,
        Records = records,
    };

    /// <summary>A FAILURE with a Neo4j status code and message.</summary>
    public static StatementAnswer Failure(string code, string message) => new() { FailureCode = code, FailureMessage = message };
}
