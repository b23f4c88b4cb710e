using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Store.Tests;

/// <summary>Small hand-made articles and extractions for store tests.</summary>
internal static class Fixtures
{
    public static ArticleDocument Article(string name, string body, DateOnly? published = null) =>
        new(name, "Headline of " + name, body, published);

    public static ExtractedEntity Entity(EntityType type, string name, params string[] aliases) =>
        new(StableId.Entity(type, name), type, name, aliases, [new TextSpan(0, name.Length)]);

    public static ExtractedFact Fact(
        ExtractedEntity subject, Predicate predicate, ExtractedEntity obj, int sentence = 0, string? title = null, string? place = null,
        FactStatus status = FactStatus.Asserted, string? source = null) =>
        new(subject.Id, predicate, obj.Id, $"Sentence {sentence}.", sentence, new TextSpan(sentence * 10, (sentence * 10) + 9),
            new DateOnly(2024, 5, 1), place, title, 0.8, status, source);

    public static ArticleExtraction Extraction(ArticleDocument document, IReadOnlyList<ExtractedEntity> entities, IReadOnlyList<ExtractedFact> facts) =>
        new(document.FileName, document.Id, document.Published, entities, facts);
}
