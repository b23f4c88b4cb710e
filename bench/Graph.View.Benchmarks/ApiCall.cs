namespace Graph.View.Benchmarks;

/// <summary>One request the benchmark times.</summary>
/// <param name="Name">What it asks, as the report names it.</param>
/// <param name="PathAndQuery">The request, e.g. <c>/api/node/person:x</c>.</param>
internal sealed record ApiCall(string Name, string PathAndQuery);
