using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary><c>GET /api/article/{id}</c>: an article with the entities it mentions and the facts it states.</summary>
internal static class ArticleEndpoint
{
    /// <summary>The article's details.</summary>
    public static ArticleResponse Answer(ViewGraph graph, string id)
    {
        var article = graph.Article(id) ?? throw ApiException.NotFound("article", id);
        var entities = graph.MentionsIn(id)
            .Select(m => graph.Entity(m.EntityId)!)
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        return new ArticleResponse(
            article.Id,
            article.Title,
            ApiShapes.Date(article.Published),
            article.Source,
            article.Url,
            article.FileName,
            [.. entities.Select(ApiShapes.Node)],
            [.. graph.RelationsIn(id).Select(ApiShapes.Edge)]);
    }
}

/// <summary>The answer of <c>/api/article/{id}</c>: an <c>ArticleRef</c> with its file, entities and facts.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Source">Publisher, when known.</param>
/// <param name="Url">Address of the original, when known.</param>
/// <param name="FileName">The file it was read from.</param>
/// <param name="Entities">The entities it mentions, most mentioned (over every article) first, then by id.</param>
/// <param name="Facts">The relations it states (every status), by id.</param>
public sealed record ArticleResponse(
    string Id, string? Title, string? Published, string? Source, string? Url, string FileName, IReadOnlyList<ApiNode> Entities, IReadOnlyList<ApiEdge> Facts);
