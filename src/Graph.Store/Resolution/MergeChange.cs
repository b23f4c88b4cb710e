namespace Graph.Store.Resolution;

/// <summary>How one entity's merge changed when resolution was recomputed.</summary>
/// <param name="Id">The entity.</param>
/// <param name="Before">The canonical entity it was merged into before, or null.</param>
/// <param name="After">The canonical entity it is merged into now, or null.</param>
/// <param name="Reason">Why it is merged now, or null when it no longer is.</param>
public sealed record MergeChange(string Id, string? Before, string? After, string? Reason);
