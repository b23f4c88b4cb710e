namespace Graph.View.Benchmarks;

/// <summary>How long one request took over loopback HTTP, and how big its answer is.</summary>
/// <param name="Call">The request.</param>
/// <param name="Milliseconds">Request sent to answer read in full.</param>
/// <param name="Bytes">The answer's body.</param>
internal sealed record ApiLatency(ApiCall Call, Percentiles Milliseconds, long Bytes);
