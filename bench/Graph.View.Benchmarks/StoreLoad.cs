using System.Diagnostics;
using Graph.Build.Benchmarks;
using Graph.Store;
using Graph.View.Data;

namespace Graph.View.Benchmarks;

/// <summary>The store read into the explorer's graph, as <c>graph view</c> does at start, timed, with the process's peak memory after it.</summary>
/// <param name="Graph">The graph read.</param>
/// <param name="Seconds">Opening the store and building the graph.</param>
/// <param name="PeakBytes">The process's peak resident memory once the graph is built (VmHWM).</param>
internal sealed record StoreLoad(ViewGraph Graph, double Seconds, long PeakBytes)
{
    /// <summary>Reads the store at <paramref name="path"/>, which must exist.</summary>
    /// <exception cref="StoreException">The file is not a store this version can read.</exception>
    public static StoreLoad Measure(string path)
    {
        var watch = Stopwatch.StartNew();
        ViewGraph graph;
        using (var store = GraphStore.Open(path))
        {
            graph = ViewGraph.Build(store);
        }

        double seconds = watch.Elapsed.TotalSeconds;
        return new StoreLoad(graph, seconds, ProcessResources.Read().PeakBytes);
    }
}
