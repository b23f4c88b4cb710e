using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Ingestion;

/// <summary>The outcome for one input.</summary>
/// <param name="Path">The input path.</param>
/// <param name="Status">Added, unchanged or failed.</param>
/// <param name="Error">One-line reason naming the file, for failures.</param>
/// <param name="Document">The article read, when reading succeeded.</param>
/// <param name="Extraction">What extraction found, when it ran.</param>
public sealed record ArticleResult(
    string Path, ArticleStatus Status, string? Error = null, ArticleDocument? Document = null, ArticleExtraction? Extraction = null);
