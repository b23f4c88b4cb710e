using Graph.Bolt;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j;

/// <summary>What a push did, as the server counted it.</summary>
/// <param name="Batches">Batches committed (schema statements not included).</param>
/// <param name="Rows">Rows written.</param>
/// <param name="Counters">The server's update counters summed over every statement.</param>
public sealed record Neo4jPushResult(int Batches, long Rows, SummaryCounters Counters)
{
    /// <summary>
    /// True when the server reports no change at all: no node, relationship, label, property, index or
    /// constraint added or removed. A second push of an unchanged store reports this.
    /// </summary>
    public bool ChangedNothing => !CounterMath.AnyUpdate(Counters);
}
