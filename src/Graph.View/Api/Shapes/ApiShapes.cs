using System.Globalization;
using Graph.Model;
using Graph.View.Data;

namespace Graph.View.Api.Shapes;

/// <summary>Turns the graph's records into their wire shapes.</summary>
internal static class ApiShapes
{
    /// <summary>yyyy-MM-dd, or null.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The entity as a <c>Node</c>.</summary>
    public static ApiNode Node(ViewEntity entity) =>
        new(entity.Id, entity.Type.ToString(), entity.Name, entity.Mentions, entity.ArticleCount);

    /// <summary>The entity as a <c>Node</c> with its aliases.</summary>
    public static ApiNode NodeWithAliases(ViewEntity entity) => Node(entity) with { Aliases = entity.Entity.Aliases };

    /// <summary>The relation as an <c>Edge</c>.</summary>
    public static ApiEdge Edge(ViewRelation relation)
    {
        var r = relation.Relation;
        return new ApiEdge(
            r.Id,
            r.SubjectId,
            r.ObjectId,
            r.Info.Name,
            r.Info.Kind.ToString().ToLowerInvariant(),
            r.Status.Name(),
            r.Title,
            relation.EvidenceCount,
            Date(relation.FirstDate),
            Date(relation.LastDate));
    }

    /// <summary>The article as an <c>ArticleRef</c>.</summary>
    public static ApiArticleRef ArticleRef(StoredArticle article) =>
        new(article.Id, article.Title, Date(article.Published), article.Source, article.Url);

    /// <summary>The article as an <c>ArticleRef</c> with its file name.</summary>
    public static ApiArticleRef ArticleWithFile(StoredArticle article) => ArticleRef(article) with { FileName = article.FileName };

    /// <summary>Every piece of the relation's evidence, in the store's order (article id, sentence index).</summary>
    public static IReadOnlyList<ApiEvidence> Evidence(ViewRelation relation, ViewGraph graph)
    {
        var subject = graph.Entity(relation.SubjectId)!;
        var obj = graph.Entity(relation.ObjectId)!;
        return
        [
            .. relation.Relation.Evidence.Select(e => new ApiEvidence(
                graph.Article(e.ArticleId) is { } article ? ArticleRef(article) : new ApiArticleRef(e.ArticleId, null, null, null, null),
                e.SentenceIndex,
                e.Sentence,
                EvidenceHighlighter.Find(e.Sentence, subject, obj),
                Date(e.Date),
                Ref(graph, e.PlaceId),
                e.Confidence,
                Ref(graph, e.SourceId))),
        ];
    }

    private static ApiRef? Ref(ViewGraph graph, string? entityId) =>
        entityId is not null && graph.Entity(entityId) is { } entity ? new ApiRef(entity.Id, entity.Name) : null;
}
