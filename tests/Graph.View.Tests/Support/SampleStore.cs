using Graph.Extraction;
using Graph.Ingestion;
using Graph.Store;
using Graph.Testing;

namespace Graph.View.Tests.Support;

/// <summary>Builds a store from the sample articles in <c>data/articles</c>, the way <c>graph build</c> does.</summary>
public static class SampleStore
{
    /// <summary>Writes the store to <paramref name="path"/> and returns the path.</summary>
    public static string Build(string path)
    {
        using var store = GraphStore.Open(path);
        var report = new Ingestor(store, ExtractionPipeline.Default.Extract).Run([RepositoryPaths.SampleArticles]);
        if (report.Failed > 0)
        {
            throw new InvalidOperationException($"{report.Failed} sample articles failed to ingest");
        }

        return path;
    }
}
