using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// <c>GET /api/top?entities=25&amp;relations=50</c> (+ filters): the landing view, the most mentioned entities
/// and the relations among them with the most evidence.
/// </summary>
internal static class TopEndpoint
{
    /// <summary>The landing view.</summary>
    public static TopResponse Answer(ViewGraph graph, QueryParameters query)
    {
        int entityCount = query.Int("entities", 25, 1, 500);
        int relationCount = query.Int("relations", 50, 0, 2000);
        var filter = FilterParameters.Parse(query);

        // With a predicate or date filter, an entity shown must take part in some relation that passes it: the
        // relations that pass mark their ends (by place in the mentions order), read per predicate when given.
        bool[]? inRelation = null;
        if (filter.Predicates is not null || filter.HasDateRange)
        {
            inRelation = new bool[graph.EntitiesByMentions.Count];
            var relations = filter.Predicates is { } predicates ? predicates.SelectMany(graph.RelationsWith) : graph.Relations;
            foreach (var relation in relations.Where(r => filter.Passes(r)))
            {
                inRelation[relation.SubjectPlace] = inRelation[relation.ObjectPlace] = true;
            }
        }

        var shown = new bool[graph.EntitiesByMentions.Count];
        var nodes = new List<(ViewEntity Entity, int Place)>();
        int candidates = 0;
        for (int place = 0; place < graph.EntitiesByMentions.Count; place++)
        {
            var entity = graph.EntitiesByMentions[place];
            if ((inRelation is null || inRelation[place]) && filter.Passes(entity) && candidates++ < entityCount)
            {
                nodes.Add((entity, place));
                shown[place] = true;
            }
        }

        // Each relation among the nodes once: from its subject's side.
        var edges = nodes
            .SelectMany(n => graph.RelationsOf(n.Entity.Id).Where(r => r.SubjectPlace == n.Place))
            .Where(r => shown[r.ObjectPlace] && filter.Passes(r))
            .OrderByDescending(r => r.EvidenceCount)
            .ThenBy(r => r.Place)
            .ToList();
        return new TopResponse(
            [.. nodes.Select(n => ApiShapes.Node(n.Entity))],
            [.. edges.Take(relationCount).Select(ApiShapes.Edge)],
            new Omitted(candidates - nodes.Count, Math.Max(0, edges.Count - relationCount)));
    }
}

/// <summary>The answer of <c>/api/top</c>.</summary>
/// <param name="Nodes">The most mentioned entities, most first.</param>
/// <param name="Edges">The relations among them, most evidence first.</param>
/// <param name="Omitted">What the limits left out.</param>
public sealed record TopResponse(IReadOnlyList<ApiNode> Nodes, IReadOnlyList<ApiEdge> Edges, Omitted Omitted);

/// <summary>How many entities and relations passed the filters but were left out by the limits.</summary>
/// <param name="Nodes">Entities left out.</param>
/// <param name="Edges">Relations among the shown entities left out.</param>
public sealed record Omitted(int Nodes, int Edges);
