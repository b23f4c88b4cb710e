using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Tests;

/// <summary>Runs the default pipeline on short texts and looks facts and entities up by name.</summary>
internal static class Extract
{
    public static ArticleExtraction From(string body, string headline = "News", DateOnly? published = null) =>
        ExtractionPipeline.Default.Extract(new ArticleDocument("test.txt", headline, body, published));

    public static ExtractedEntity? Entity(this ArticleExtraction extraction, string name) =>
        extraction.Entities.FirstOrDefault(e => e.Name == name);

    public static bool Has(this ArticleExtraction extraction, string subject, Predicate predicate, string target) =>
        extraction.Facts.Any(f => f.Predicate == predicate && NameOf(extraction, f.Subject) == subject && NameOf(extraction, f.Object) == target)
        || (PredicateInfo.Of(predicate).IsSymmetric
            && extraction.Facts.Any(f => f.Predicate == predicate && NameOf(extraction, f.Subject) == target && NameOf(extraction, f.Object) == subject));

    public static string Describe(this ArticleExtraction extraction) =>
        string.Join("; ", extraction.Facts.Select(f => $"{NameOf(extraction, f.Subject)} {f.Predicate} {NameOf(extraction, f.Object)}"));

    private static string? NameOf(ArticleExtraction extraction, string id) => extraction.Entities.FirstOrDefault(e => e.Id == id)?.Name;
}
