using Graph.Model;

namespace Graph.View.Data;

/// <summary>
/// What the explorer shows: entity types, predicates, statuses and a date range. An edge passes when its
/// predicate and status pass, both its ends pass, and some evidence date falls in the range; edges without
/// dates pass only when no range is given.
/// </summary>
public sealed record ViewFilter
{
    /// <summary>Everything asserted (the default view).</summary>
    public static ViewFilter Default { get; } = new();

    /// <summary>Entity types shown; all when null.</summary>
    public IReadOnlySet<EntityType>? Types { get; init; }

    /// <summary>Predicates shown; all when null.</summary>
    public IReadOnlySet<Predicate>? Predicates { get; init; }

    /// <summary>True to show negated, hypothetical, intended and alleged facts too.</summary>
    public bool AllStatuses { get; init; }

    /// <summary>First day of the range, when given.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Last day of the range, when given.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>True when a date range is given.</summary>
    public bool HasDateRange => Since is not null || Until is not null;

    /// <summary>True when the entity's type is shown.</summary>
    public bool Passes(ViewEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Types is null || Types.Contains(entity.Type);
    }

    /// <summary>True when the relation is shown (its ends looked up in <paramref name="graph"/>).</summary>
    public bool Passes(ViewRelation relation, ViewGraph graph)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(graph);
        return PassesOwn(relation)
            && (Types is null || (Types.Contains(graph.Entity(relation.SubjectId)!.Type) && Types.Contains(graph.Entity(relation.ObjectId)!.Type)));
    }

    /// <summary>True when the evidence date counts in a histogram: inside the range, or any date when none is given.</summary>
    public bool InRange(DateOnly date) => (Since is null || date >= Since) && (Until is null || date <= Until);

    // Predicate, status and dates: what the relation itself decides, whatever its ends.
    private bool PassesOwn(ViewRelation relation) =>
        (Predicates is null || Predicates.Contains(relation.Relation.Predicate))
        && (AllStatuses || relation.Relation.IsAsserted)
        && (!HasDateRange || relation.HasDateIn(Since, Until));
}
