using Graph.Model;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// The filter parameters shared by <c>top</c>, <c>neighbours</c>, <c>path</c>, <c>timeline</c> and <c>node</c>:
/// <c>types</c>, <c>predicates</c>, <c>status</c> (<c>asserted</c> or <c>all</c>), <c>since</c>, <c>until</c>.
/// </summary>
internal static class FilterParameters
{
    private static readonly string TypeNames = string.Join(", ", Enum.GetNames<EntityType>());

    /// <summary>The filter the parameters describe.</summary>
    public static ViewFilter Parse(QueryParameters query)
    {
        var since = query.Date("since");
        var until = query.Date("until");
        if (since > until)
        {
            throw new ApiException("since: after until");
        }

        return new ViewFilter
        {
            Types = query.List("types") is { } types ? types.Select(t => EntityTypeOf("types", t)).ToHashSet() : null,
            Predicates = query.List("predicates") is { } predicates ? predicates.Select(PredicateOf).ToHashSet() : null,
            AllStatuses = query.Text("status") switch
            {
                null or "asserted" => false,
                "all" => true,
                _ => throw new ApiException("status: expected asserted or all"),
            },
            Since = since,
            Until = until,
        };
    }

    /// <summary>The entity type named <paramref name="name"/> (case-insensitive), given as <paramref name="parameter"/>.</summary>
    public static EntityType EntityTypeOf(string parameter, string name) =>
        Enum.TryParse<EntityType>(name, ignoreCase: true, out var type) && Enum.IsDefined(type) && !name.Any(char.IsDigit)
            ? type
            : throw new ApiException($"{parameter}: unknown entity type '{name}' (expected {TypeNames})");

    private static Predicate PredicateOf(string name) =>
        PredicateInfo.TryParse(name.ToUpperInvariant(), out var info)
            ? info.Predicate
            : throw new ApiException($"predicates: unknown predicate '{name}'");
}
