using Graph.Model;
using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary><c>GET /api/meta</c>: what the graph holds, counted.</summary>
internal static class MetaEndpoint
{
    /// <summary>The counts of <paramref name="graph"/>.</summary>
    public static MetaResponse Answer(ViewGraph graph)
    {
        var types = graph.Entities.CountBy(e => e.Type).ToDictionary();
        var predicates = graph.Relations.CountBy(r => r.Relation.Predicate).ToDictionary();
        var statuses = graph.Relations.CountBy(r => r.Relation.Status).ToDictionary();
        return new MetaResponse(
            graph.Entities.Count,
            graph.Relations.Count,
            graph.Articles.Count,
            [.. Enum.GetValues<EntityType>().Where(types.ContainsKey).Select(t => new TypeCount(t.ToString(), types[t]))],
            [
                .. PredicateInfo.All.Where(p => predicates.ContainsKey(p.Predicate))
                    .Select(p => new PredicateCount(p.Name, p.Kind.ToString().ToLowerInvariant(), predicates[p.Predicate])),
            ],
            [.. FactStatuses.All.Where(statuses.ContainsKey).Select(s => new StatusCount(s.Name(), statuses[s]))],
            graph.FirstDate is null ? null : new DateRange(ApiShapes.Date(graph.FirstDate)!, ApiShapes.Date(graph.LastDate)!));
    }
}

/// <summary>The answer of <c>/api/meta</c>.</summary>
/// <param name="Entities">Number of entities.</param>
/// <param name="Relations">Number of relations, every status.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="EntityTypes">Entities per type, in the types' order.</param>
/// <param name="Predicates">Relations per predicate, in the predicates' order.</param>
/// <param name="Statuses">Relations per status.</param>
/// <param name="Dates">The range of evidence dates, when any.</param>
public sealed record MetaResponse(
    int Entities,
    int Relations,
    int Articles,
    IReadOnlyList<TypeCount> EntityTypes,
    IReadOnlyList<PredicateCount> Predicates,
    IReadOnlyList<StatusCount> Statuses,
    DateRange? Dates);

/// <summary>Entities of one type.</summary>
/// <param name="Type">Entity type name.</param>
/// <param name="Count">How many.</param>
public sealed record TypeCount(string Type, int Count);

/// <summary>Relations of one predicate.</summary>
/// <param name="Predicate">Predicate name.</param>
/// <param name="Kind">Its kind in lower case.</param>
/// <param name="Count">How many.</param>
public sealed record PredicateCount(string Predicate, string Kind, int Count);

/// <summary>Relations of one status.</summary>
/// <param name="Status">Status wire name.</param>
/// <param name="Count">How many.</param>
public sealed record StatusCount(string Status, int Count);

/// <summary>A range of dates (yyyy-MM-dd).</summary>
/// <param name="Min">The first.</param>
/// <param name="Max">The last.</param>
public sealed record DateRange(string Min, string Max);
