using Graph.Cli.Tests.Support;
using Graph.Neo4j;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands.Neo4j;

/// <summary>A store built once from the sample articles by the real <c>graph build</c>; tests push copies of it.</summary>
public sealed class BuiltStoreFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <summary>Builds the store.</summary>
    public BuiltStoreFixture()
    {
        BuildCommandTests.CopySamples(_temp.Path);
        var build = GraphCli.Run(_temp.Path, "build", "--rdf", "turtle");
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("graph build failed: " + build.StdErr);
        }

        StorePath = _temp.File("graph.db");
    }

    /// <summary>The built store.</summary>
    public string StorePath { get; }

    /// <summary>Copies the store to <paramref name="directory"/>/graph.db.</summary>
    public void CopyTo(string directory) => File.Copy(StorePath, Path.Combine(directory, "graph.db"));

    /// <summary>What the built store holds.</summary>
    public StoreStatistics Statistics()
    {
        using var store = GraphStore.Open(StorePath);
        return store.Statistics();
    }

    /// <summary>The batches a push of the store sends (rows materialized).</summary>
    public IReadOnlyList<GraphBatch> Batches(int batchSize)
    {
        using var store = GraphStore.Open(StorePath);
        return GraphBatches.Enumerate(store, batchSize).ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _temp.Dispose();
}
