using Graph.Extraction;
using Graph.Ingestion.Reading;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;

namespace Graph.View.Tests.Browser;

/// <summary>Stores the explorer tests read: the sample articles as extraction reads them, or given extractions.</summary>
internal static class SampleStore
{
    /// <summary>Builds <paramref name="path"/> from the sample articles (data/articles).</summary>
    public static void BuildFromSampleArticles(string path)
    {
        using GraphStore store = GraphStore.Open(path);
        var reader = new ArticleFileReader();
        foreach (string file in Directory.EnumerateFiles(RepositoryPaths.SampleArticles).Where(reader.Supports).Order(StringComparer.Ordinal))
        {
            ArticleDocument document = reader.Read(file);
            store.Ingest(document, ExtractionPipeline.Default.Extract(document));
        }
    }

    /// <summary>Builds <paramref name="path"/> from articles with their extractions as given.</summary>
    public static void Build(string path, IEnumerable<(ArticleDocument Document, ArticleExtraction Extraction)> articles)
    {
        using GraphStore store = GraphStore.Open(path);
        foreach (var (document, extraction) in articles)
        {
            store.Ingest(document, extraction);
        }
    }
}
