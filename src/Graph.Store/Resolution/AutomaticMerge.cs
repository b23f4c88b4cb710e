namespace Graph.Store.Resolution;

/// <summary>One entity merged into another, and why.</summary>
/// <param name="OtherId">The entity merged away.</param>
/// <param name="KeepId">The entity it joins.</param>
/// <param name="Reason">Why, as stored in <c>merges.reason</c> (e.g. <c>surname+title: "President Okafor"</c>).</param>
public sealed record AutomaticMerge(string OtherId, string KeepId, string Reason);
