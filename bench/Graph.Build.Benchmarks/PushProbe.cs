using System.Diagnostics;
using Graph.Bolt;
using Graph.Bolt.Benchmarks;
using Graph.Neo4j;
using Graph.Store;

namespace Graph.Build.Benchmarks;

/// <summary>Pushes a store to the loopback Bolt sink, as `graph push` does, and times it.</summary>
internal static class PushProbe
{
    /// <summary>Records (node and relationship rows) sent, and seconds taken.</summary>
    public static async Task<(long Records, double Seconds)> RunAsync(string storePath)
    {
        await using var sink = new BoltSink();
        await using var driver = BoltDriver.Create($"bolt://127.0.0.1:{sink.Port}", AuthTokens.Basic("neo4j", "bench"));
        using var store = GraphStore.Open(storePath);
        var watch = Stopwatch.StartNew();
        var result = await new Neo4jPusher(driver).PushAsync(store);
        return (result.Rows, watch.Elapsed.TotalSeconds);
    }
}
