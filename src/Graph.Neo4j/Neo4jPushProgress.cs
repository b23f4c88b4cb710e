using Graph.Bolt;

namespace Graph.Neo4j;

/// <summary>Reported after the schema step and after every committed batch.</summary>
/// <param name="Step">What just finished: <c>schema</c> or the batch's statement name (<c>node:Article</c>, <c>rel:DEMAND</c> …).</param>
/// <param name="BatchNumber">1-based number of the batch (0 for the schema step).</param>
/// <param name="RowsDone">Rows written so far.</param>
/// <param name="TotalRows">Rows the whole push writes.</param>
/// <param name="Counters">The server's counters summed so far.</param>
public sealed record Neo4jPushProgress(string Step, int BatchNumber, long RowsDone, long TotalRows, SummaryCounters Counters);
