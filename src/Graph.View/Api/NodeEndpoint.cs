using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/node/{id}</c> (+ filters for the relation counts): an entity with its names, the articles that
/// mention it (newest first, at most 50) and its relations counted per predicate and direction.
/// </summary>
internal static class NodeEndpoint
{
    /// <summary>Most articles listed.</summary>
    public const int MaxArticles = 50;

    /// <summary>The entity's details.</summary>
    public static NodeResponse Answer(ViewGraph graph, string id, QueryParameters query)
    {
        var filter = FilterParameters.Parse(query);
        var entity = graph.Entity(id) ?? throw ApiException.NotFound("entity", id);
        var articles = graph.ArticlesOf(id);
        var counts = graph.RelationsOf(id)
            .Where(r => filter.Passes(r, graph))
            .SelectMany(r => Directions(r, id))
            .CountBy(pair => pair)
            .OrderBy(c => c.Key.Predicate, StringComparer.Ordinal)
            .ThenByDescending(c => c.Key.Direction, StringComparer.Ordinal)
            .Select(c => new RelationCount(c.Key.Predicate, c.Key.Direction, c.Value));
        return new NodeResponse(
            ApiShapes.NodeWithAliases(entity),
            [.. articles.Take(MaxArticles).Select(ApiShapes.ArticleRef)],
            articles.Count,
            [.. counts]);
    }

    // A relation of an entity with itself counts both ways.
    private static IEnumerable<(string Predicate, string Direction)> Directions(ViewRelation relation, string id)
    {
        string name = relation.Relation.Info.Name;
        if (relation.SubjectId == id)
        {
            yield return (name, "out");
        }

        if (relation.ObjectId == id)
        {
            yield return (name, "in");
        }
    }
}

/// <summary>The answer of <c>/api/node/{id}</c>.</summary>
/// <param name="Node">The entity with its aliases.</param>
/// <param name="Articles">The articles that mention it, newest first, at most 50.</param>
/// <param name="ArticlesTotal">How many articles mention it.</param>
/// <param name="Relations">Its relations per predicate and direction (out first).</param>
public sealed record NodeResponse(ApiNode Node, IReadOnlyList<ApiArticleRef> Articles, int ArticlesTotal, IReadOnlyList<RelationCount> Relations);

/// <summary>How many relations of one predicate an entity has in one direction.</summary>
/// <param name="Predicate">Predicate name.</param>
/// <param name="Direction"><c>out</c> (it is the subject) or <c>in</c> (the object).</param>
/// <param name="Count">How many relations.</param>
public sealed record RelationCount(string Predicate, string Direction, int Count);
