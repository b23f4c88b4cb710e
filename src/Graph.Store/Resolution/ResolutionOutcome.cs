namespace Graph.Store.Resolution;

/// <summary>What recomputing entity resolution did.</summary>
/// <param name="Merged">Entities merged away now.</param>
/// <param name="Changes">Entities whose merge changed, ordered by id.</param>
/// <param name="Errors">One line per decision that could not apply (<c>FILE:LINE: reason</c>); the others applied.</param>
public sealed record ResolutionOutcome(int Merged, IReadOnlyList<MergeChange> Changes, IReadOnlyList<string> Errors);
