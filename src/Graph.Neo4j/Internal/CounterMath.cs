using Graph.Bolt;

namespace Graph.Neo4j.Internal;

/// <summary>Sums and inspects the server's update counters.</summary>
internal static class CounterMath
{
    public static SummaryCounters Add(SummaryCounters a, SummaryCounters b) => new()
    {
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
        IndexesAdded = a.IndexesAdded + b.IndexesAdded,
        IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
        ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
        SystemUpdates = a.SystemUpdates + b.SystemUpdates,
        ContainsUpdates = a.ContainsUpdates || b.ContainsUpdates,
        ContainsSystemUpdates = a.ContainsSystemUpdates || b.ContainsSystemUpdates,
    };

    public static bool AnyUpdate(SummaryCounters c) =>
        c.ContainsUpdates || c.NodesCreated + c.NodesDeleted + c.RelationshipsCreated + c.RelationshipsDeleted + c.PropertiesSet
        + c.LabelsAdded + c.LabelsRemoved + c.IndexesAdded + c.IndexesRemoved + c.ConstraintsAdded + c.ConstraintsRemoved > 0;
}
