namespace Graph.View.Benchmarks;

/// <summary>Everything one run of the benchmark measured (what <c>--json</c> writes).</summary>
/// <param name="Store">The store measured.</param>
/// <param name="Articles">Articles in the graph.</param>
/// <param name="Entities">Entities in the graph.</param>
/// <param name="Relations">Relations (every status) in the graph.</param>
/// <param name="LoadAverageAtStart">/proc/loadavg's three averages before measuring.</param>
/// <param name="LoadAverageAtEnd">The same after.</param>
/// <param name="LoadSeconds">Opening the store and building the in-memory graph.</param>
/// <param name="PeakBytesAfterLoad">Peak resident memory of the process once the graph is built.</param>
/// <param name="Api">Latency per request.</param>
/// <param name="PageLoads">Each opening of the page in headless chromium; null when not measured.</param>
/// <param name="PageLoadSkipped">Why the page load was not measured, when it was not.</param>
/// <param name="StaticPages">The self-contained files written.</param>
internal sealed record ViewFigures(
    string Store,
    int Articles,
    int Entities,
    int Relations,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    double LoadSeconds,
    long PeakBytesAfterLoad,
    IReadOnlyList<ApiLatency> Api,
    IReadOnlyList<PageLoad>? PageLoads,
    string? PageLoadSkipped,
    IReadOnlyList<StaticPage> StaticPages);
