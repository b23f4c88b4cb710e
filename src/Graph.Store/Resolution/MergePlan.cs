namespace Graph.Store.Resolution;

/// <summary>What resolution decided: each merged-away entity with its canonical one, and the lines that could not apply.</summary>
/// <param name="Merges">Merged-away id → (canonical id, reason), every chain resolved to its root.</param>
/// <param name="Errors">One line per user decision that could not apply (<c>FILE:LINE: reason</c>).</param>
public sealed record MergePlan(IReadOnlyDictionary<string, (string Into, string Reason)> Merges, IReadOnlyList<string> Errors);
