using Graph.Extraction.Evaluation;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction.Tests.Support;

/// <summary>Small hand-made gold documents and extractions for the scorer's tests.</summary>
internal static class EvalDocuments
{
    public static GoldEntity Gold(string id, EntityType type, string name, params string[] aliases) => new(id, type, name, aliases);

    public static GoldFact Gold(string subject, Predicate predicate, string obj, string sentence = "Gold sentence.") =>
        new(subject, predicate, obj, sentence, null, null, null, null);

    public static GoldDocument Document(IReadOnlyList<GoldEntity> entities, params GoldFact[] facts) => new("test.txt", null, entities, facts);

    public static ExtractedEntity Predicted(string id, EntityType type, string name, params string[] aliases) => new(id, type, name, aliases, []);

    public static ExtractedFact Predicted(
        string subject, Predicate predicate, string obj, string sentence = "Predicted sentence.", FactStatus status = FactStatus.Asserted) =>
        new(subject, predicate, obj, sentence, 0, new TextSpan(0, sentence.Length), null, null, null, 0.9, status);

    public static ArticleExtraction Extracted(IReadOnlyList<ExtractedEntity> entities, params ExtractedFact[] facts) =>
        new("test.txt", "article:test", null, entities, facts);
}
