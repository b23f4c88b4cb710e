namespace Graph.Bolt;

/// <summary>Update statistics of a query (the <c>stats</c> entry of the final PULL/DISCARD SUCCESS).</summary>
public sealed record SummaryCounters
{
    /// <summary>Nodes created.</summary>
    public long NodesCreated { get; init; }

    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted { get; init; }

    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated { get; init; }

    /// <summary>Relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }

    /// <summary>Properties set.</summary>
    public long PropertiesSet { get; init; }

    /// <summary>Labels added.</summary>
    public long LabelsAdded { get; init; }

    /// <summary>Labels removed.</summary>
    public long LabelsRemoved { get; init; }

    /// <summary>Indexes added.</summary>
    public long IndexesAdded { get; init; }

    /// <summary>Indexes removed.</summary>
    public long IndexesRemoved { get; init; }

    /// <summary>Constraints added.</summary>
    public long ConstraintsAdded { get; init; }

    /// <summary>Constraints removed.</summary>
    public long ConstraintsRemoved { get; init; }

    /// <summary>Updates to the system database.</summary>
    public long SystemUpdates { get; init; }

    /// <summary>True when the query changed the database.</summary>
    public bool ContainsUpdates { get; init; }

    /// <summary>True when the query changed the system database.</summary>
    public bool ContainsSystemUpdates { get; init; }

    /// <summary>Counters of a query that changed nothing.</summary>
    public static SummaryCounters Empty { get; } = new();

    /// <summary>Reads the server's <c>stats</c> dictionary.</summary>
    internal static SummaryCounters FromStats(IReadOnlyDictionary<string, object?>? stats)
    {
        if (stats is null || stats.Count == 0)
        {
            return Empty;
        }

        long Get(string key) => stats.TryGetValue(key, out object? value) && value is long number ? number : 0;
        var counters = new SummaryCounters
        {
            NodesCreated = Get("nodes-created"),
            NodesDeleted = Get("nodes-deleted"),
            RelationshipsCreated = Get("relationships-created"),
            RelationshipsDeleted = Get("relationships-deleted"),
            PropertiesSet = Get("properties-set"),
            LabelsAdded = Get("labels-added"),
            LabelsRemoved = Get("labels-removed"),
            IndexesAdded = Get("indexes-added"),
            IndexesRemoved = Get("indexes-removed"),
            ConstraintsAdded = Get("constraints-added"),
            ConstraintsRemoved = Get("constraints-removed"),
            SystemUpdates = Get("system-updates"),
        };
        bool computed = counters.NodesCreated + counters.NodesDeleted + counters.RelationshipsCreated + counters.RelationshipsDeleted
            + counters.PropertiesSet + counters.LabelsAdded + counters.LabelsRemoved + counters.IndexesAdded + counters.IndexesRemoved
            + counters.ConstraintsAdded + counters.ConstraintsRemoved > 0;
        return counters with
        {
            ContainsUpdates = stats.TryGetValue("contains-updates", out object? cu) && cu is bool b ? b : computed,
            ContainsSystemUpdates = stats.TryGetValue("contains-system-updates", out object? csu) && csu is bool s
                ? s
                : counters.SystemUpdates > 0,
        };
    }
}
