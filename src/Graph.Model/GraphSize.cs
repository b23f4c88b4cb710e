namespace Graph.Model;

/// <summary>
/// How much a graph holds, counted without reading it through (a store answers from its indexes): what a
/// sink needs to size its work, such as a progress bar's total, before its one pass over the graph.
/// </summary>
/// <param name="Articles">Articles.</param>
/// <param name="Entities">Entities.</param>
/// <param name="Mentions">Entity–article mention pairs.</param>
/// <param name="Relations">Relations (each with at least one piece of evidence).</param>
/// <param name="ActionEvidence">Pieces of evidence of action relations: each is a reported event.</param>
/// <param name="ActionEvidenceWithPlace">Those naming a place.</param>
/// <param name="ActionEvidenceWithSource">Those naming who reported them.</param>
public sealed record GraphSize(
    long Articles, long Entities, long Mentions, long Relations, long ActionEvidence, long ActionEvidenceWithPlace, long ActionEvidenceWithSource)
{
    /// <summary>Nodes of merged-away entities and retired events (see <see cref="IGraphSource.RetiredEntityIds"/> and <see cref="IGraphSource.RetiredEventIds"/>).</summary>
    public long RetiredNodes { get; init; }

    /// <summary>Links an earlier entity resolution produced and the current one does not (see <see cref="IGraphSource.RetiredLinks"/>).</summary>
    public long RetiredLinks { get; init; }
}
